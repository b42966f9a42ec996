package io.aurelius.admin.ui.backtest;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One JSON column of the backtest as stored (indented when short), with a note when it was cut. */
final class RawJsonDialog {

    private RawJsonDialog() {
    }

    static void show(BacktestViewModel.RawJsonShown raw, Node owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Raw JSON: " + raw.column());
        dialog.setHeaderText("backtests." + raw.column() + " as stored");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        TextArea text = new TextArea(raw.json().text());
        text.setEditable(false);
        text.setId("rawJsonText");
        text.getStyleClass().add("raw-json");
        VBox body = new VBox(8, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        if (!raw.note().isEmpty()) {
            Label note = new Label(raw.note());
            note.setId("rawJsonNote");
            note.setWrapText(true);
            note.getStyleClass().add("muted");
            body.getChildren().add(note);
        }
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setId("rawJsonDialog");
        dialog.getDialogPane().setPrefSize(760, 600);
        dialog.setResizable(true);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }
}
