package io.aurelius.admin.ui.strategies;

import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.StrategyFilter;
import io.aurelius.admin.query.StrategyPage;
import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.query.Total;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Strategies screen: filters, database-side sort, keyset paging (First, Previous, Next, Last), the total,
 * and the layout, sort and filters remembered between runs. Every query runs through the TaskRunner in one
 * slot, so a newer request supersedes an older one; while one runs the rows shown stay.
 */
public final class StrategiesViewModel {

    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 200, 500);
    private static final String PAGE_SLOT = "strategies:page";
    private static final String COUNT_SLOT = "strategies:count";
    private static final String CHOICES_SLOT = "strategies:choices";

    /** Which page to fetch relative to the one shown. */
    public enum Move { FIRST, PREVIOUS, NEXT, LAST }

    private final ObservableValue<StrategyBrowser> browser;
    private final TaskRunner runner;
    private final BrowseStore store;
    private final FilterInputs filters = new FilterInputs();
    private final ReadOnlyObjectWrapper<SortOrder> sort = new ReadOnlyObjectWrapper<>(SortOrder.newestFirst());
    private final IntegerProperty pageSize = new SimpleIntegerProperty(BrowseState.DEFAULT_PAGE_SIZE);
    private final ObservableList<String> typeChoices = FXCollections.observableArrayList();
    private final ObservableList<String> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<StrategyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StrategyRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> typeView = FXCollections.unmodifiableObservableList(typeChoices);
    private final ObservableList<String> statusView = FXCollections.unmodifiableObservableList(statusChoices);
    private final ReadOnlyObjectWrapper<Total> total = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** What to repeat when the connection is back, after a read failed; null when nothing failed. */
    private Runnable retry;
    private final Loads loads = new Loads();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private List<ColumnLayout> columns;
    private StrategyPage page;
    private long firstRow;
    private boolean atEnd;
    private boolean restoring;
    private Consumer<String> onOpen = id -> { };

    /**
     * @param browser the read side while there is one to browse (connected, tables present), else null
     */
    public StrategiesViewModel(ObservableValue<StrategyBrowser> browser, TaskRunner runner, BrowseStore store) {
        this.browser = browser;
        this.runner = runner;
        this.store = store;
        restore(store.load());
        InvalidationListener filterChanged = o -> {
            if (!restoring) {
                save();
                fetch(Move.FIRST, true);
            }
        };
        for (var input : filters.all()) {
            input.addListener(filterChanged);
        }
        sort.addListener(o -> changed());
        pageSize.addListener(o -> changed());
        browser.addListener((obs, old, now) -> {
            if (now != null) {
                refresh();
            }
        });
        if (browser.getValue() != null) {
            refresh();
        }
    }

    private void restore(BrowseState s) {
        restoring = true;
        try {
            filters.restore(s);
            sort.set(s.sort());
            pageSize.set(PAGE_SIZES.contains(s.pageSize()) ? s.pageSize() : BrowseState.DEFAULT_PAGE_SIZE);
            columns = s.columns();
        } finally {
            restoring = false;
        }
    }

    private void changed() {
        if (!restoring) {
            save();
            fetch(Move.FIRST, false);
        }
    }

    // --- actions ----------------------------------------------------------------------------------------

    /** Reads the filter choices, the first page and the total again. */
    public void refresh() {
        loadChoices();
        fetch(Move.FIRST, true);
    }

    /** Repeats the read that failed (the page move, or the whole refresh), if the last one did. */
    public void retryFailed() {
        Runnable r = retry;
        retry = null;
        if (r != null && browser.getValue() != null) {
            r.run();
        }
    }

    /** Stops the running page read and count on the server (what was shown stays). */
    public void cancelLoad() {
        loads.stop();
    }

    /** The page read and count, for the screen's Stop button. */
    public Loads loads() {
        return loads;
    }

    public void first() {
        fetch(Move.FIRST, false);
    }

    public void previous() {
        if (hasPrevious.get()) {
            fetch(Move.PREVIOUS, false);
        }
    }

    public void next() {
        if (hasNext.get()) {
            fetch(Move.NEXT, false);
        }
    }

    public void last() {
        fetch(Move.LAST, false);
    }

    /** The database sorts; the table only shows the order. */
    public void sortBy(SortOrder order) {
        SortOrder next = order == null ? SortOrder.newestFirst() : order;
        if (!next.equals(sort.get())) { // the table asks again with an equal order (as it does while opening)
            sort.set(next);
        }
    }

    public void clearFilters() {
        restoring = true;
        try {
            filters.clear();
        } finally {
            restoring = false;
        }
        save();
        fetch(Move.FIRST, true);
    }

    /** Lists the strategies of one type, the other filters cleared (e.g. from the dashboard's bars). */
    public void showType(String type) {
        restoring = true;
        try {
            filters.clear();
            filters.types().setAll(type);
        } finally {
            restoring = false;
        }
        save();
        fetch(Move.FIRST, true);
    }

    /** Opens a strategy (the window shows the Strategy screen). */
    public void open(StrategyRow row) {
        if (row != null) {
            onOpen.accept(row.id());
        }
    }

    public void setOnOpen(Consumer<String> opener) {
        this.onOpen = opener == null ? id -> { } : opener;
    }

    /** The table's columns changed order, width or visibility. */
    public void columnsChanged(List<ColumnLayout> layout) {
        columns = List.copyOf(layout);
        save();
    }

    // --- queries ----------------------------------------------------------------------------------------

    private void fetch(Move move, boolean recount) {
        StrategyBrowser b = browser.getValue();
        if (b == null) {
            return;
        }
        FilterInputs.Built built = filters.build();
        if (!built.ok()) {
            message.set(built.problem());
            return;
        }
        StrategyFilter f = built.filter();
        SortOrder order = sort.get();
        int size = pageSize.get();
        StrategyPage from = page;
        Move m = (move == Move.NEXT || move == Move.PREVIOUS) && (from == null || from.first() == null)
                ? Move.FIRST : move;
        Callable<StrategyPage> call = switch (m) {
            case FIRST -> () -> b.page(f, order, size, null, true);
            case NEXT -> () -> b.page(f, order, size, from.last(), true);
            case PREVIOUS -> () -> b.page(f, order, size, from.first(), false);
            case LAST -> () -> b.lastPage(f, order, size);
        };
        long start = firstRow;
        int shown = from == null ? 0 : from.rows().size();
        loads.task(call)
                .titled("Reading strategies")
                .inSlot(PAGE_SLOT)
                .onSuccess(p -> show(p, m, start, shown))
                .onFailure(error -> {
                    message.set(Loads.failure("the strategies", error));
                    retry = Loads.stopped(error) ? retry : () -> fetch(move, recount);
                })
                .executeWith(runner);
        if (recount) {
            total.set(null);
            loads.task(() -> b.count(f))
                    .titled("Counting strategies")
                    .inSlot(COUNT_SLOT)
                    .onSuccess(t -> {
                        total.set(t);
                        placeLastPage();
                        updateRange();
                    })
                    .onFailure(error -> updateRange())
                    .executeWith(runner);
        }
    }

    private void show(StrategyPage p, Move move, long start, int shown) {
        page = p;
        retry = null;
        rows.setAll(p.rows());
        atEnd = move == Move.LAST;
        firstRow = switch (move) {
            case FIRST -> 0;
            case NEXT -> start < 0 ? -1 : start + shown;
            case PREVIOUS -> !p.hasPrevious() ? 0 : start < 0 ? -1 : Math.max(0, start - p.rows().size());
            case LAST -> -1;
        };
        placeLastPage();
        hasPrevious.set(p.hasPrevious());
        hasNext.set(p.hasNext());
        message.set("");
        updateRange();
    }

    /** On the last page the first row's number follows from an exact total. */
    private void placeLastPage() {
        Total t = total.get();
        if (atEnd && page != null && t != null && !t.estimated()) {
            firstRow = Math.max(0, t.count() - page.rows().size());
        }
    }

    private void updateRange() {
        if (page == null) {
            range.set("");
            return;
        }
        if (rows.isEmpty()) {
            range.set(filters.isEmpty() ? "No strategies yet." : "No strategies match the filters.");
            return;
        }
        Total t = total.get();
        String of = t == null ? "" : " of " + (t.estimated() ? "about " : "") + Formats.count(t.count());
        if (firstRow < 0) {
            range.set("last " + Formats.count(rows.size()) + " rows" + of);
        } else {
            range.set("rows " + Formats.count(firstRow + 1) + "–" + Formats.count(firstRow + rows.size()) + of);
        }
    }

    private void loadChoices() {
        StrategyBrowser b = browser.getValue();
        if (b == null) {
            return;
        }
        BackgroundTask.wrap(() -> List.of(b.types(), b.statuses()))
                .titled("Reading strategy types")
                .inSlot(CHOICES_SLOT)
                .onSuccess(lists -> {
                    Set<String> types = new LinkedHashSet<>(lists.get(0));
                    types.addAll(filters.types());
                    typeChoices.setAll(types);
                    Set<String> statuses = new LinkedHashSet<>(lists.get(1));
                    if (filters.statusProperty().get() != null && !filters.statusProperty().get().isEmpty()) {
                        statuses.add(filters.statusProperty().get());
                    }
                    statusChoices.setAll(statuses);
                })
                .onFailure(error -> {
                    message.set("Could not read the strategy types: " + Messages.sentence(error));
                    retry = this::refresh;
                })
                .executeWith(runner);
    }

    private void save() {
        store.save(state());
    }

    /** What would be remembered now. */
    public BrowseState state() {
        FilterInputs.Built built = filters.build();
        StrategyFilter f = built.ok() ? built.filter() : null;
        return new BrowseState(columns, sort.get().column().name(), sort.get().descending(), pageSize.get(),
                new ArrayList<>(filters.types()), filters.statusProperty().get(),
                f == null ? null : f.minConfidence(), f == null ? null : f.maxConfidence(),
                iso(filters.createdFromProperty().get()), iso(filters.createdToProperty().get()),
                filters.textProperty().get());
    }

    private static String iso(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    // --- state ------------------------------------------------------------------------------------------

    public FilterInputs filters() {
        return filters;
    }

    public ReadOnlyObjectProperty<SortOrder> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public IntegerProperty pageSizeProperty() {
        return pageSize;
    }

    public List<ColumnLayout> columnLayout() {
        return columns;
    }

    public ObservableList<String> typeChoices() {
        return typeView;
    }

    public ObservableList<String> statusChoices() {
        return statusView;
    }

    /** The rows of the page shown, in the database's order. */
    public ObservableList<StrategyRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Total> totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "rows 1–50 of 1,234" / "rows 51–100 of about 1,234,567" / "No strategies match the filters." */
    public ReadOnlyStringProperty rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** Why the list could not be read or the filters make no sense, else "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A query runs; the rows shown are the previous ones until it lands. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }
}
