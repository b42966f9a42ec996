package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.ui.common.ShownText;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One JSON column of the backtest as stored (indented when short), with a note when it was cut. */
final class RawJsonDialog {

    private RawJsonDialog() {
    }

    /** @param save saves the whole value to a file (null: no Save button) */
    static void show(BacktestViewModel.RawJsonShown raw, Node owner, Runnable save) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Raw JSON: " + raw.column());
        dialog.setHeaderText("backtests." + raw.column() + " as stored");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        TextArea text = new TextArea(ShownText.lines(raw.json().text()));
        text.setEditable(false);
        text.setId("rawJsonText");
        text.getStyleClass().add("raw-json");
        VBox body = new VBox(8, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        HBox foot = new HBox(8);
        foot.setAlignment(Pos.CENTER_LEFT);
        if (!raw.note().isEmpty()) {
            Label note = new Label(raw.note());
            note.setId("rawJsonNote");
            note.setWrapText(true);
            note.getStyleClass().add("muted");
            HBox.setHgrow(note, Priority.ALWAYS);
            foot.getChildren().add(note);
        }
        if (save != null) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button button = new Button("Save to file…");
            button.setId("rawJsonSave");
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setTooltip(new Tooltip("Saves the whole value as stored, however long, to a .json file."));
            button.setOnAction(e -> save.run());
            foot.getChildren().addAll(gap, button);
        }
        if (!foot.getChildren().isEmpty()) {
            body.getChildren().add(foot);
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
