package io.aurelius.admin.ui.common;

import java.util.Optional;

/** The one way errors and questions reach the user; ViewModels get it injected and tests fake it. */
public interface DialogService {

    /**
     * Shows what went wrong: the error's message (one sentence saying what happened and what to do) in
     * front, its details (stack trace) one click away.
     */
    void showError(String title, Throwable error);

    /**
     * Asks the user to type a word (the database name) before something destructive.
     *
     * @return the text typed, or empty when the user cancelled
     */
    Optional<TypedConfirmation.Answer> askTyped(TypedConfirmation request);

    /** Lets the user pick an existing file; empty when cancelled. */
    default Optional<java.nio.file.Path> chooseFile(String title) {
        return Optional.empty();
    }

    /**
     * Lets the user pick where to save a file (a new name or one to replace); empty when cancelled.
     *
     * @param suggestedName the file name offered, e.g. "strategies.csv"; its extension sets the file type filter
     */
    default Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName) {
        return Optional.empty();
    }

    /** Asks a yes/no question; false when the user declines or closes the dialog. */
    /** A folder to choose, starting at {@code start}; empty when cancelled. */
    default Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.Path start) {
        return Optional.empty();
    }

    /** One of a few answers (button labels, the first is the default), or empty when cancelled. */
    default Optional<String> choose(String title, String question, java.util.List<String> answers) {
        return Optional.empty();
    }

    default boolean confirm(String title, String question) {
        return false;
    }
}
