package io.aurelius.admin.ui.strategy;

import io.aurelius.admin.ui.strategy.RowDetail.Field;
import io.aurelius.admin.ui.strategy.RowDetail.JsonPart;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The row dialog: the row's fields, then one tab per JSON column with its text as stored (indented). */
final class RowDialog {

    private RowDialog() {
    }

    static void show(RowDetail detail, Node owner) {
        show(detail, owner, null);
    }

    /** @param save saves a JSON column (by name) of the row in full to a file; null: no Save buttons */
    static void show(RowDetail detail, Node owner, Consumer<String> save) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(detail.title());
        dialog.setHeaderText(detail.title());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(body(detail, save));
        dialog.getDialogPane().setId("rowDetail");
        dialog.getDialogPane().setPrefSize(760, 640);
        dialog.setResizable(true);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }

    private static VBox body(RowDetail detail, Consumer<String> save) {
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
            HBox foot = new HBox(8);
            foot.setAlignment(Pos.CENTER_LEFT);
            if (!part.note().isEmpty()) {
                Label note = new Label(part.note());
                note.getStyleClass().add("muted");
                foot.getChildren().add(note);
            }
            if (save != null) {
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Button button = new Button("Save to file…");
                button.setId("saveJson-" + part.column());
                button.setTooltip(new Tooltip("Saves the whole value as stored, however long, to a .json file."));
                button.setOnAction(e -> save.accept(part.column()));
                foot.getChildren().addAll(gap, button);
            }
            if (!foot.getChildren().isEmpty()) {
                box.getChildren().add(foot);
            }
            json.getTabs().add(new Tab(part.column(), box));
        }
        VBox body = new VBox(facts, json);
        body.getStyleClass().add("row-detail");
        VBox.setVgrow(json, Priority.ALWAYS);
        return body;
    }
}
