package io.aurelius.admin.ui.testing;

import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.TypedConfirmation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService for ViewModel tests: records what would be shown, answers confirmations as told. */
public final class FakeDialogs implements DialogService {

    /** An error that would have been shown. */
    public record ShownError(String title, Throwable error) {
    }

    private final List<ShownError> errors = new ArrayList<>();
    private final List<TypedConfirmation> asked = new ArrayList<>();
    private String answer;
    private boolean backUpFirst;
    private boolean confirming;
    private java.nio.file.Path folder;
    private java.nio.file.Path saveTo;

    /** What the "user" types into the next confirmations; null means they cancel. */
    public FakeDialogs answering(String typed) {
        this.answer = typed;
        return this;
    }

    /** Whether the "user" leaves "back up first" ticked when it is offered (it starts ticked in the app). */
    public FakeDialogs backingUpFirst(boolean yes) {
        this.backUpFirst = yes;
        return this;
    }

    /** The folder the "user" picks in folder choosers; null means they cancel. */
    public FakeDialogs choosingFolder(java.nio.file.Path chosen) {
        this.folder = chosen;
        return this;
    }

    /** What the "user" answers to yes/no questions. */
    public FakeDialogs confirming(boolean yes) {
        this.confirming = yes;
        return this;
    }

    @Override
    public boolean confirm(String title, String question) {
        return confirming;
    }

    @Override
    public Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.Path start) {
        return Optional.ofNullable(folder);
    }

    @Override
    public void showError(String title, Throwable error) {
        errors.add(new ShownError(title, error));
    }

    @Override
    public Optional<TypedConfirmation.Answer> askTyped(TypedConfirmation request) {
        asked.add(request);
        return Optional.ofNullable(answer)
                .map(typed -> new TypedConfirmation.Answer(typed, backUpFirst && request.backupOffer() != null));
    }

    /** Where the "user" chooses to save files; null means they cancel the file chooser. */
    public FakeDialogs savingTo(java.nio.file.Path file) {
        this.saveTo = file;
        return this;
    }

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName) {
        return Optional.ofNullable(saveTo);
    }

    public List<ShownError> errors() {
        return errors;
    }

    public List<TypedConfirmation> asked() {
        return asked;
    }
}
