package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.results.TradeCell;
import io.aurelius.admin.results.TradeTable;
import io.aurelius.admin.ui.common.Formats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trades table's state: every field as a column, sorted over all trades (not just the page shown) by
 * {@link TradeCell#ORDER}, shown {@value #PAGE_SIZE} at a time.
 */
public final class TradesModel {

    public static final int PAGE_SIZE = 500;

    private final ReadOnlyObjectWrapper<TradeTable> table = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TradeTable.Row> page = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private List<TradeTable.Row> sorted = List.of();
    private int pageIndex;

    void show(TradeTable t) {
        sorted = t == null ? List.of() : t.rows();
        pageIndex = 0;
        table.set(t);
        message.set(t == null ? "" : t.problem() != null ? t.problem() : t.note() != null ? t.note()
                : t.rows().isEmpty() ? "The backtest made no trades." : "");
        showPage();
    }

    void clear(String sentence) {
        show(null);
        message.set(sentence);
    }

    /** After a stopped read: the trades shown stay; with none shown, the sentence takes their place. */
    void stopped(String sentence) {
        if (table.get() == null) {
            clear(sentence);
        }
    }

    /** Sorts all trades by a field; {@code field} null restores the stored order. */
    public void sort(String field, boolean ascending) {
        TradeTable t = table.get();
        if (t == null) {
            return;
        }
        List<TradeTable.Row> rows = new ArrayList<>(t.rows());
        if (field != null) {
            Comparator<TradeTable.Row> blanksLast = Comparator.comparing(r -> blank(r.cell(field)));
            rows.sort(blanksLast.thenComparing(r -> r.cell(field),
                    ascending ? TradeCell.ORDER : TradeCell.ORDER.reversed()));
        }
        sorted = List.copyOf(rows);
        pageIndex = 0;
        showPage();
    }

    private static boolean blank(TradeCell c) {
        return c.type() == TradeCell.Type.MISSING || c.type() == TradeCell.Type.NULL;
    }

    public void nextPage() {
        if ((pageIndex + 1) * PAGE_SIZE < sorted.size()) {
            pageIndex++;
            showPage();
        }
    }

    public void previousPage() {
        if (pageIndex > 0) {
            pageIndex--;
            showPage();
        }
    }

    private void showPage() {
        int from = pageIndex * PAGE_SIZE;
        int to = Math.min(sorted.size(), from + PAGE_SIZE);
        page.setAll(sorted.subList(from, to));
        hasNext.set(to < sorted.size());
        hasPrevious.set(pageIndex > 0);
        pageText.set(sorted.isEmpty() ? "" : sorted.size() <= PAGE_SIZE
                ? Formats.count(sorted.size()) + (sorted.size() == 1 ? " trade" : " trades")
                : "trades " + Formats.count(from + 1) + "–" + Formats.count(to) + " of " + Formats.count(sorted.size()));
    }

    public ReadOnlyBooleanProperty hasNextPageProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousPageProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    /** All trades in the order shown (for export). */
    public List<TradeTable.Row> sortedRows() {
        return sorted;
    }

    public ReadOnlyObjectProperty<TradeTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** The trades on the page shown. */
    public ObservableList<TradeTable.Row> page() {
        return page;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** Why there is no table, or how an odd column was read; "" otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
