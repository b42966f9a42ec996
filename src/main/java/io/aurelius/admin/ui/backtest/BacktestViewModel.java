package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.export.ResultCsv;
import io.aurelius.admin.query.BacktestReport;
import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.query.RawJson;
import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.MetricsView;
import io.aurelius.admin.results.TradeTable;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.common.Tone;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The backtest report: the header (configuration, status, metrics) first, then the curve and the trades, each in
 * its own background call. A pending or running backtest says so and is read again by {@link #poll()} (the view
 * calls it every few seconds) until it finishes. Raw JSON and the CSV/PNG exports go through the DialogService.
 * Every read stops with {@link #stop()} (the screen's Stop, Escape); what was shown stays, and polling waits for
 * the next Refresh.
 */
public final class BacktestViewModel {

    /** Raw JSON shown is cut to this many characters, with a note saying so. */
    public static final int RAW_LIMIT = 200_000;
    /** Seconds between re-reads of a pending or running backtest. */
    public static final int POLL_SECONDS = 5;
    private static final String SLOT = "backtest:report";

    private record Read(Optional<BacktestReport> report, MetricsView metrics) {
    }

    private final ObservableValue<BacktestReports> reports;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final CurveModel curve;
    private final TradesModel trades = new TradesModel();
    private final ReadOnlyObjectWrapper<BacktestReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MetricsView> metrics = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> bannerTone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> messageTone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private final Loads loads = new Loads();
    private boolean stopped;
    private Consumer<String> onOpenStrategy = id -> { };
    private Consumer<RawJsonShown> onRaw = r -> { };
    private String wanted;
    private String curveReadFor;

    /** One column's JSON to show. */
    public record RawJsonShown(String column, RawJson json) {
        /** A note when the text is cut, else "". */
        public String note() {
            return json.cut() ? "Showing the first " + Formats.count(json.text().length()) + " of "
                    + Formats.count(json.totalChars()) + " characters; export the curve or trades to CSV for all."
                    : "";
        }
    }

    public BacktestViewModel(ObservableValue<BacktestReports> reports, TaskRunner runner, DialogService dialogs) {
        this.reports = reports;
        this.runner = runner;
        this.dialogs = dialogs;
        this.curve = new CurveModel(runner, loads, this::sayStopped);
        reports.addListener((obs, old, now) -> {
            if (now != null && wanted != null) {
                load(wanted, true);
            }
        });
    }

    /** Shows the backtest with this id (now, or once connected). */
    public void open(String id) {
        if (!id.equals(wanted)) {
            clear();
        }
        wanted = id;
        curveReadFor = null;
        stopped = false;
        message.set(""); // a new read: what the last one came to is old news
        if (reports.getValue() != null) {
            load(id, true);
        }
    }

    /** Reads the backtest again, curve and trades included. */
    public void refresh() {
        if (wanted != null) {
            open(wanted);
        }
    }

    /** Reads a pending or running backtest again; does nothing otherwise. */
    public void poll() {
        BacktestReport r = report.get();
        if (r != null && r.inProgress() && wanted != null && reports.getValue() != null && !loads.isLoading()
                && !stopped) {
            load(wanted, false);
        }
    }

    private void clear() {
        report.set(null);
        metrics.set(null);
        banner.set("");
        message.set("");
        curve.showProblem("Reading the equity curve…");
        trades.clear("Reading the trades…");
    }

    /** Stops every read of this screen under way (header, curve, trades, raw JSON); what is shown stays. */
    public void stop() {
        loads.stop();
    }

    /** The screen's reads, for its Stop button. */
    public Loads loads() {
        return loads;
    }

    private void load(String id, boolean visible) {
        BacktestReports r = reports.getValue();
        loads.task(() -> {
            Optional<BacktestReport> found = r.report(id);
            return new Read(found, found.map(BacktestReport::metrics).orElse(null));
        })
                .titled(visible ? "Reading the backtest" : "Checking the backtest's progress")
                .inSlot(SLOT)
                .onSuccess(read -> show(id, r, read))
                .onFailure(error -> {
                    if (Loads.stopped(error)) {
                        sayStopped();
                    } else {
                        say(Loads.failure("the backtest", error), Tone.ERROR);
                    }
                })
                .executeWith(runner);
    }

    /** After a stop: one sentence, and no polling until the next Refresh. */
    private void sayStopped() {
        stopped = true;
        say(Loads.stoppedSentence("the backtest"), Tone.WARN);
    }

    private void show(String id, BacktestReports r, Read read) {
        if (read.report().isEmpty()) {
            clear();
            banner.set("There is no backtest with id " + id + " (it may have been deleted).");
            bannerTone.set(Tone.ERROR);
            curve.showProblem("No backtest, so no equity curve.");
            return;
        }
        BacktestReport b = read.report().get();
        report.set(b);
        metrics.set(read.metrics());
        showBanner(b);
        if (b.inProgress()) {
            curve.showProblem("The backtest is " + b.status() + ": its equity curve appears when it completes.");
            trades.clear("The backtest is " + b.status() + ": its trades appear when it completes.");
            curveReadFor = null;
        } else if (!id.equals(curveReadFor)) {
            curveReadFor = id;
            curve.load(r, id);
            loadTrades(r, id);
        }
    }

    private void showBanner(BacktestReport b) {
        if (b.failed()) {
            banner.set("The backtest failed: " + (b.errorMessage() == null || b.errorMessage().isBlank()
                    ? "no error message was stored." : b.errorMessage()));
            bannerTone.set(Tone.ERROR);
        } else if (b.inProgress()) {
            banner.set("The backtest is " + b.status() + "; this report reads it again every " + POLL_SECONDS
                    + " seconds until it finishes.");
            bannerTone.set(Tone.WARN);
        } else {
            banner.set("");
            bannerTone.set(Tone.NEUTRAL);
        }
    }

    private void loadTrades(BacktestReports r, String id) {
        loads.task(() -> r.trades(id))
                .titled("Reading the trades")
                .inSlot("backtest:trades")
                .onSuccess(trades::show)
                .onFailure(error -> {
                    if (Loads.stopped(error)) {
                        sayStopped();
                        trades.stopped(Loads.stoppedSentence("the trades"));
                    } else {
                        trades.clear(Loads.failure("the trades", error));
                    }
                })
                .executeWith(runner);
    }

    // --- the strategy, raw JSON -----------------------------------------------------------------------

    /** Where "open the strategy" goes (the main window navigates). */
    public void setOnOpenStrategy(Consumer<String> open) {
        this.onOpenStrategy = open == null ? id -> { } : open;
    }

    public void openStrategy() {
        BacktestReport b = report.get();
        if (b != null && b.strategyId() != null) {
            onOpenStrategy.accept(b.strategyId());
        }
    }

    /** Where raw JSON goes once read (the view shows a dialog; tests collect it). */
    /** The backtest shown (or being read), or null. */
    public String backtestId() {
        return wanted;
    }

    public void setOnRaw(Consumer<RawJsonShown> shower) {
        this.onRaw = shower == null ? r -> { } : shower;
    }

    /** Reads one JSON column ({@link BacktestReports#RAW_COLUMNS}) of the backtest shown, cut to a limit. */
    public void showRaw(String column) {
        BacktestReports r = reports.getValue();
        BacktestReport b = report.get();
        if (r == null || b == null) {
            return;
        }
        loads.task(() -> r.raw(b.id(), column, RAW_LIMIT))
                .titled("Reading the " + column + " JSON")
                .inSlot("backtest:raw")
                .onSuccess(json -> onRaw.accept(new RawJsonShown(column, json)))
                .onFailure(error -> say(Loads.stopped(error) ? "Stopped reading the " + column + " JSON, as asked."
                        : "Could not read the " + column + " JSON: " + Messages.sentence(error),
                        Loads.stopped(error) ? Tone.WARN : Tone.ERROR))
                .executeWith(runner);
    }

    // --- exports ----------------------------------------------------------------------------------------

    /**
     * Asks where to save, then writes the curve as CSV (date or index, equity, drawdown) through {@code job}: in
     * the background, with progress and Cancel in the status bar.
     */
    public void exportCurve(ExportJob job) {
        Curve c = curve.curve();
        if (c == null) {
            say("There is no readable equity curve to export.", Tone.WARN);
            return;
        }
        job.start("the equity curve", fileName("curve", "csv"), (file, cancel, progress) -> Formats.count(
                ResultCsv.writeCurve(c, file, cancel, n -> progress.report((double) n / c.count(),
                        Formats.count(n) + " of " + Formats.count(c.count()) + " points"))) + " points");
    }

    /** Asks where to save, then writes every trade, in the order shown, as CSV through {@code job}. */
    public void exportTrades(ExportJob job) {
        TradeTable t = trades.tableProperty().get();
        if (t == null || t.rows().isEmpty()) {
            say("There are no trades to export.", Tone.WARN);
            return;
        }
        List<TradeTable.Row> rows = trades.sortedRows();
        job.start("the trades", fileName("trades", "csv"), (file, cancel, progress) -> Formats.count(
                ResultCsv.writeTrades(t, rows, file, cancel, n -> progress.report((double) n / rows.size(),
                        Formats.count(n) + " of " + Formats.count(rows.size()) + " trades"))) + " trades");
    }

    /** A file name for an export: "backtest-1a2b3c4d-curve.csv". */
    public String fileName(String what, String extension) {
        BacktestReport b = report.get();
        String id = b == null ? "backtest" : b.id().length() > 8 ? b.id().substring(0, 8) : b.id();
        return "backtest-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + what + "." + extension;
    }

    private void say(String sentence, Tone tone) {
        message.set(sentence);
        messageTone.set(tone);
    }

    // --- state ------------------------------------------------------------------------------------------

    public String shownId() {
        return wanted;
    }

    public ReadOnlyObjectProperty<BacktestReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MetricsView> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public CurveModel curve() {
        return curve;
    }

    public TradesModel trades() {
        return trades;
    }

    /** The failure's error message, or the pending/running notice; "" otherwise. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> bannerToneProperty() {
        return bannerTone.getReadOnlyProperty();
    }

    /** What the last action (export, raw JSON) came to; "" when nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> messageToneProperty() {
        return messageTone.getReadOnlyProperty();
    }

    /** True while any read of this screen runs. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }
}
