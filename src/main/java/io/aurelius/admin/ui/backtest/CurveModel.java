package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.CurveProblem;
import io.aurelius.admin.results.CurveResult;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.ChartRange;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The report's curve: read and parsed in the background, analysed there too, then drawn as a few thousand
 * points per chart. Zooming and panning re-reduce the visible range off the JavaFX thread; a newer range
 * supersedes an older one. A curve that cannot be drawn leaves one sentence in {@link #problemProperty()}. The
 * screen's Stop ends a read, parse or analysis under way between chunks; a chart shown stays.
 */
public final class CurveModel {

    /** Said after a parser's sentence: where to see what is stored. */
    static final String RAW_HINT = "Raw JSON › equity_curve shows what is stored.";
    private static final String LOAD = "backtest:curve";
    private static final String ZOOM = "backtest:zoom";
    /** The narrowest range a zoom may show, in points of the curve. */
    private static final int MIN_POINTS_SHOWN = 5;

    private final TaskRunner runner;
    private final Loads loads;
    private final Runnable onStopped;
    private final ReadOnlyObjectWrapper<CurveAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChartSeries> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper zoomed = new ReadOnlyBooleanWrapper(false);
    private Curve curve;

    public CurveModel(TaskRunner runner) {
        this(runner, new Loads(), () -> { });
    }

    /**
     * @param loads     the screen's reads, which its Stop ends
     * @param onStopped told when Stop ended the curve's read
     */
    CurveModel(TaskRunner runner, Loads loads, Runnable onStopped) {
        this.runner = runner;
        this.loads = loads;
        this.onStopped = onStopped;
    }

    /** Reads, parses and analyses the backtest's curve in the background. */
    void load(BacktestReports reports, String id) {
        loading.set(true);
        loads.task(() -> read(reports, id))
                .titled("Reading the equity curve")
                .inSlot(LOAD)
                .onSuccess(this::show)
                .onFailure(error -> {
                    if (!Loads.stopped(error)) {
                        showProblem(Loads.failure("the equity curve", error));
                        return;
                    }
                    if (analysis.get() == null) {
                        showProblem(Loads.stoppedSentence("the equity curve"));
                    }
                    onStopped.run();
                })
                .onFinished(() -> loading.set(false))
                .executeWith(runner);
    }

    private static Object read(BacktestReports reports, String id) {
        CurveResult result = reports.curve(id);
        Cancel.checkpoint();
        if (result instanceof Curve c) {
            String undrawable = ChartRange.problem(c.values(), "The equity values");
            if (undrawable != null) {
                return new CurveProblem(CurveProblem.Kind.NO_READABLE_POINTS, undrawable);
            }
            CurveAnalysis a = CurveAnalysis.of(c);
            undrawable = ChartRange.problem(a.drawdown(), "The drawdowns (equity below 0 after a peak near 0)");
            if (undrawable != null) {
                return new CurveProblem(CurveProblem.Kind.NO_READABLE_POINTS, undrawable);
            }
            Loaded loaded = new Loaded(a, a.series(a.first(), a.last()));
            Cancel.checkpoint();
            return loaded;
        }
        return result;
    }

    private record Loaded(CurveAnalysis analysis, ChartSeries series) {
    }

    /** Shows a curve already read (the zoom benchmark), analysed on the calling thread. */
    void show(Curve c) {
        CurveAnalysis a = CurveAnalysis.of(c);
        show(new Loaded(a, a.series(a.first(), a.last())));
    }

    private void show(Object result) {
        if (result instanceof CurveProblem p) {
            showProblem(p.message() + " " + RAW_HINT);
            return;
        }
        Loaded l = (Loaded) result;
        curve = l.analysis().curve();
        problem.set("");
        note.set(curve.note() == null ? "" : curve.note());
        analysis.set(l.analysis());
        shown.set(l.series());
        zoomed.set(false);
    }

    /** Shows no chart, only this sentence (also used while a backtest has no curve yet). */
    void showProblem(String sentence) {
        curve = null;
        analysis.set(null);
        shown.set(null);
        note.set("");
        zoomed.set(false);
        problem.set(sentence);
    }

    /** Shows {@code [lo, hi]} of the x axis (epoch seconds or point index), clamped to the curve. */
    public void zoom(double lo, double hi) {
        CurveAnalysis a = analysis.get();
        if (a == null || a.x().length < 2) {
            return;
        }
        double span = a.last() - a.first();
        double minSpan = span * Math.min(1.0, (double) MIN_POINTS_SHOWN / a.x().length);
        double l = Math.min(lo, hi);
        double h = Math.max(lo, hi);
        if (h - l < minSpan) {
            double mid = (l + h) / 2;
            l = mid - minSpan / 2;
            h = mid + minSpan / 2;
        }
        if (h - l >= span) {
            reset();
            return;
        }
        double shift = l < a.first() ? a.first() - l : h > a.last() ? a.last() - h : 0;
        showRange(a, l + shift, h + shift);
    }

    /** Moves the visible range by {@code dx} along the x axis, keeping its width. */
    public void pan(double dx) {
        ChartSeries s = shown.get();
        if (s != null && zoomed.get()) {
            zoom(s.lo() + dx, s.hi() + dx);
        }
    }

    /** Shows the whole curve again. */
    public void reset() {
        CurveAnalysis a = analysis.get();
        if (a != null) {
            showRange(a, a.first(), a.last());
        }
    }

    private void showRange(CurveAnalysis a, double lo, double hi) {
        boolean whole = lo <= a.first() && hi >= a.last();
        zoomed.set(!whole);
        ChartSeries old = shown.get();
        if (old != null) {
            // the axes move at once; the re-reduced points follow
            shown.set(new ChartSeries(old.equity(), old.drawdown(), lo, hi, old.points()));
        }
        BackgroundTask.wrap(() -> a.series(lo, hi))
                .titled("Drawing the visible range")
                .inSlot(ZOOM)
                .onSuccess(s -> {
                    if (analysis.get() == a) {
                        shown.set(s);
                    }
                })
                .executeWith(runner);
    }

    /** The parsed curve, or null while there is none (for exports). */
    public Curve curve() {
        return curve;
    }

    public ReadOnlyObjectProperty<CurveAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** What the equity and drawdown charts draw now. */
    public ReadOnlyObjectProperty<ChartSeries> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Why there is no chart ("" when there is one). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A sentence about points left out or a curve too short for statistics, or "". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }
}
