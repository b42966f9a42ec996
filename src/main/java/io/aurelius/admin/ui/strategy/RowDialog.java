package io.aurelius.admin.ui.strategy;

import io.aurelius.admin.ui.strategy.RowDetail.Field;
import io.aurelius.admin.ui.strategy.RowDetail.JsonPart;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The row dialog: the row's fields, then one tab per JSON column with its text as stored (indented). */
final class RowDialog {

    private RowDialog() {
    }

    static void show(RowDetail detail, Node owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(detail.title());
        dialog.setHeaderText(detail.title());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(body(detail));
        dialog.getDialogPane().setId("rowDetail");
        dialog.getDialogPane().setPrefSize(760, 640);
        dialog.setResizable(true);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }

    private static VBox body(RowDetail detail) {
        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        facts.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        facts.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        for (Field f : detail.fields()) {
            Label name = new Label(f.name());
            name.getStyleClass().add("fact-name");
            Label value = new Label(f.value() == null ? "—" : f.value());
            value.setWrapText(true);
            value.getStyleClass().add("detail-value");
            facts.addRow(row++, name, value);
        }
        TabPane json = new TabPane();
        json.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        json.setId("rowJson");
        for (JsonPart part : detail.json()) {
            TextArea text = new TextArea(part.text());
            text.setEditable(false);
            text.getStyleClass().add("raw-json");
            VBox box = new VBox(text);
            VBox.setVgrow(text, Priority.ALWAYS);
            if (!part.note().isEmpty()) {
                Label note = new Label(part.note());
                note.getStyleClass().add("muted");
                box.getChildren().add(note);
            }
            json.getTabs().add(new Tab(part.column(), box));
        }
        VBox body = new VBox(facts, json);
        body.getStyleClass().add("row-detail");
        VBox.setVgrow(json, Priority.ALWAYS);
        return body;
    }
}
