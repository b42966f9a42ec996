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
    private java.nio.file.Path saveTo;

    /** What the "user" types into the next confirmations; null means they cancel. */
    public FakeDialogs answering(String typed) {
        this.answer = typed;
        return this;
    }

    @Override
    public void showError(String title, Throwable error) {
        errors.add(new ShownError(title, error));
    }

    @Override
    public Optional<String> askTyped(TypedConfirmation request) {
        asked.add(request);
        return Optional.ofNullable(answer);
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
