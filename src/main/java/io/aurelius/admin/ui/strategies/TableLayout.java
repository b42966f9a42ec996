package io.aurelius.admin.ui.strategies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Applies a remembered column layout (order, widths, visibility) to a table and reports the user's changes
 * (dragging a header, resizing, the Columns menu), a moment after they stop.
 */
final class TableLayout {

    private TableLayout() {
    }

    static <S> void apply(TableView<S> table, List<ColumnLayout> layout) {
        Map<String, TableColumn<S, ?>> byId = new HashMap<>();
        for (TableColumn<S, ?> c : table.getColumns()) {
            byId.put(c.getId(), c);
        }
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (ColumnLayout saved : layout) {
            TableColumn<S, ?> c = byId.remove(saved.id());
            if (c != null) {
                ordered.add(c);
                if (saved.width() > 10) {
                    c.setPrefWidth(saved.width());
                }
                c.setVisible(saved.visible());
            }
        }
        for (TableColumn<S, ?> c : table.getColumns()) {
            if (byId.containsKey(c.getId())) {
                ordered.add(c);
            }
        }
        table.getColumns().setAll(ordered);
    }

    static <S> List<ColumnLayout> read(TableView<S> table) {
        List<ColumnLayout> out = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getColumns()) {
            out.add(new ColumnLayout(c.getId(), Math.round(c.getWidth()), c.isVisible()));
        }
        return out;
    }

    /** Calls {@code changed} with the layout after order, width or visibility changes settle. */
    static <S> void watch(TableView<S> table, Consumer<List<ColumnLayout>> changed) {
        Debounce later = new Debounce(400, () -> changed.accept(read(table)));
        InvalidationListener poke = o -> later.poke();
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> later.poke());
        for (TableColumn<S, ?> c : table.getColumns()) {
            c.widthProperty().addListener(poke);
            c.visibleProperty().addListener(poke);
        }
    }

    /** A Columns menu with a check item per column (the keyboard way to show and hide them). */
    static <S> void menu(TableView<S> table, MenuButton button) {
        for (TableColumn<S, ?> c : table.getColumns()) {
            CheckMenuItem item = new CheckMenuItem(c.getText());
            item.selectedProperty().bindBidirectional(c.visibleProperty());
            button.getItems().add(item);
        }
    }
}
