package io.aurelius.admin.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

/** Dialogs owned by the main window, styled by the app's stylesheet. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final String stylesheet;

    /**
     * @param owner      the window dialogs belong to (may supply null before the window shows)
     * @param stylesheet the app's stylesheet URL, applied to every dialog
     */
    public FxDialogService(Supplier<Window> owner, String stylesheet) {
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    @Override
    public void showError(String title, Throwable error) {
        ExceptionDialog dialog = new ExceptionDialog(error);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label sentence = new Label(Messages.sentence(error));
        sentence.setWrapText(true);
        sentence.getStyleClass().add("dialog-sentence");
        dialog.getDialogPane().setContent(sentence);
        prepare(dialog);
        dialog.showAndWait();
    }

    @Override
    public Optional<TypedConfirmation.Answer> askTyped(TypedConfirmation request) {
        Dialog<TypedConfirmation.Answer> dialog = new Dialog<>();
        dialog.setTitle(request.title());
        dialog.setHeaderText(request.question());
        ButtonType confirm = new ButtonType(request.actionLabel(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, confirm);
        TextField typed = new TextField();
        typed.setId("confirmText");
        typed.setPromptText(request.expected());
        CheckBox backUp = new CheckBox(request.backupOffer() == null ? "" : request.backupOffer());
        backUp.setId("backUpFirst");
        backUp.setSelected(request.backupOffer() != null);
        backUp.setWrapText(true);
        backUp.setMnemonicParsing(false); // database names hold underscores
        VBox body = confirmationBody(request, typed);
        if (request.backupOffer() != null) {
            body.getChildren().add(body.getChildren().size() - 2, backUp);
        }
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().lookupButton(confirm).getStyleClass().add("danger");
        dialog.getDialogPane().lookupButton(confirm).disableProperty()
                .bind(typed.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).getStyleClass().add("cancel");
        dialog.setResultConverter(button -> button == confirm
                ? new TypedConfirmation.Answer(typed.getText(), backUp.isSelected()) : null);
        dialog.setOnShown(e -> typed.requestFocus());
        prepare(dialog);
        return dialog.showAndWait();
    }

    @Override
    public Optional<java.nio.file.Path> chooseFile(String title) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        java.io.File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.Path start) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (start != null && java.nio.file.Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        int dot = suggestedName.lastIndexOf('.');
        if (dot > 0) {
            String ext = suggestedName.substring(dot + 1);
            chooser.getExtensionFilters().addAll(
                    new javafx.stage.FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT) + " files",
                            "*." + ext),
                    new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
        }
        java.io.File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public Optional<String> choose(String title, String question, java.util.List<String> answers) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, question);
        alert.getButtonTypes().clear();
        for (int i = 0; i < answers.size(); i++) {
            alert.getButtonTypes().add(new ButtonType(answers.get(i),
                    i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        alert.getButtonTypes().add(ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        prepare(alert);
        return alert.showAndWait().filter(b -> b != ButtonType.CANCEL).map(ButtonType::getText);
    }

    @Override
    public boolean confirm(String title, String question) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, question, ButtonType.CANCEL, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        prepare(alert);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static VBox confirmationBody(TypedConfirmation request, TextField typed) {
        VBox body = new VBox();
        body.getStyleClass().add("confirm-body");
        VBox items = new VBox();
        items.getStyleClass().add("confirm-items");
        for (String item : request.items()) {
            Label line = new Label(item);
            line.getStyleClass().add("confirm-item");
            items.getChildren().add(line);
        }
        body.getChildren().add(items);
        if (!request.footnote().isEmpty()) {
            Label footnote = new Label(request.footnote());
            footnote.setWrapText(true);
            footnote.getStyleClass().add("muted");
            body.getChildren().add(footnote);
        }
        Label prompt = new Label("Type the database name, " + request.expected() + ", to confirm:");
        prompt.setWrapText(true);
        body.getChildren().addAll(prompt, typed);
        return body;
    }

    private void prepare(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        if (stylesheet != null) {
            dialog.getDialogPane().getStylesheets().add(stylesheet);
        }
        dialog.getDialogPane().setPrefWidth(560);
        dialog.setResizable(true);
    }
}
