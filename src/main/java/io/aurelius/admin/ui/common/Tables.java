package io.aurelius.admin.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small helpers for the screens' tables: text columns, placeholders, height fitted to the rows. */
public final class Tables {

    /** Row height the compact tables use; the stylesheet's cell size must match. */
    public static final double ROW_HEIGHT = 28;
    private static final double HEADER_HEIGHT = 30;
    private static final int MIN_ROWS = 1;

    private Tables() {
    }

    /** A read-only text column computed from the row's record. */
    public static <S> void column(TableColumn<S, String> column, Function<S, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
    }

    /**
     * Shows the items, with a placeholder sentence when there are none, and sizes the table to its rows so a
     * short list leaves no empty pane.
     */
    public static <S> void show(TableView<S> table, ObservableList<S> items, String placeholder) {
        table.setItems(items);
        table.setPlaceholder(new Label(placeholder));
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(MIN_ROWS, items.size()) + 4, items));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.maxHeightProperty().bind(table.prefHeightProperty());
    }
}
