package io.aurelius.admin.ui.strategy;

import io.aurelius.admin.query.BacktestRow;
import io.aurelius.admin.query.GateRow;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.strategy.RowDetail.Field;
import io.aurelius.admin.ui.strategy.RowDetail.JsonPart;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/** Builds a row's detail (fields, and its JSON columns read through {@code rawJson}) in the background. */
final class RowDetails {

    /** JSON longer than this is cut for display (curves and trade lists run to millions of characters). */
    static final int SHOWN_CHARS = 200_000;
    private static final String SLOT = "strategy:row";

    private final ObservableValue<StrategyBrowser> browser;
    private final TaskRunner runner;
    private final Loads loads;
    private final Consumer<String> problem;
    private Consumer<RowDetail> onDetail = d -> { };

    /** @param loads the screen's reads: its Stop ends a row's read too */
    RowDetails(ObservableValue<StrategyBrowser> browser, TaskRunner runner, Loads loads, Consumer<String> problem) {
        this.browser = browser;
        this.runner = runner;
        this.loads = loads;
        this.problem = problem;
    }

    void setOnDetail(Consumer<RowDetail> shower) {
        this.onDetail = shower == null ? d -> { } : shower;
    }

    void backtest(BacktestRow r) {
        if (r == null) {
            return;
        }
        List<Field> f = new ArrayList<>();
        f.add(new Field("Id", r.id()));
        f.add(new Field("Period", r.startDate() + " – " + r.endDate()));
        f.add(new Field("Initial capital", Numbers.capital(r.initialCapital())));
        f.add(new Field("Instruments", r.instruments()));
        f.add(new Field("Status", r.status() == null ? Formats.NONE : r.status()));
        if (r.errorMessage() != null) {
            f.add(new Field("Error", r.errorMessage()));
        }
        f.add(new Field("Sharpe", Numbers.readingText(r.sharpe(), 2)));
        f.add(new Field("Total return %", Numbers.readingText(r.totalReturn(), 2)));
        f.add(new Field("Max drawdown %", Numbers.readingText(r.maxDrawdown(), 2)));
        f.add(new Field("Trades", Numbers.readingText(r.totalTrades(), 0)));
        f.add(new Field("Duration", Numbers.duration(r.durationSeconds())));
        f.add(new Field("Created (UTC)", Formats.timestamp(r.createdAt())));
        f.add(new Field("Completed (UTC)", Formats.timestamp(r.completedAt())));
        load("Backtest " + r.startDate() + " – " + r.endDate(), r.id(), f, "backtests",
                List.of("metrics", "instruments", "trades", "equity_curve"));
    }

    void validation(ValidationRow r) {
        if (r == null) {
            return;
        }
        List<Field> f = new ArrayList<>();
        f.add(new Field("Id", r.id()));
        f.add(new Field("Period", r.startDate() + " – " + r.endDate()));
        f.add(new Field("Window / train days", r.windowSizeDays() + " / " + r.trainSizeDays()));
        f.add(new Field("Status", r.status() == null ? Formats.NONE : r.status()));
        if (r.errorMessage() != null) {
            f.add(new Field("Error", r.errorMessage()));
        }
        f.add(new Field("Windows", r.numWindows() == null ? Formats.NONE : Integer.toString(r.numWindows())));
        f.add(new Field("Avg train Sharpe", Formats.fixed(r.avgTrainSharpe(), 2)));
        f.add(new Field("Avg test Sharpe", Formats.fixed(r.avgTestSharpe(), 2)));
        f.add(new Field("Avg degradation", Formats.fixed(r.avgDegradation(), 2)));
        f.add(new Field("Stability", Formats.fixed(r.stabilityScore(), 1)));
        f.add(new Field("Passed", Numbers.yesNo(r.passed())));
        f.add(new Field("Created (UTC)", Formats.timestamp(r.createdAt())));
        load("Validation " + r.startDate() + " – " + r.endDate(), r.id(), f, "validations",
                List.of("metrics", "windows"));
    }

    void gate(GateRow r) {
        if (r == null) {
            return;
        }
        List<Field> f = new ArrayList<>();
        f.add(new Field("Id", r.id()));
        f.add(new Field("Gate", r.gateType()));
        f.add(new Field("Passed", Numbers.yesNo(r.passed())));
        f.add(new Field("Production ready", Numbers.yesNo(r.productionReady())));
        f.add(new Field("Recommendation", r.recommendation() == null ? Formats.NONE : r.recommendation()));
        f.add(new Field("Time (UTC)", Formats.timestamp(r.timestamp())));
        load("Gate result: " + r.gateType(), r.id(), f, "gate_results", List.of("results"));
    }

    private void load(String title, String id, List<Field> fields, String table, List<String> columns) {
        StrategyBrowser b = browser.getValue();
        if (b == null) {
            return;
        }
        loads.task(() -> {
            List<JsonPart> parts = new ArrayList<>();
            for (String column : columns) {
                Cancel.checkpoint();
                parts.add(part(column, b.rawJson(table, column, id).orElse(null)));
            }
            return new RowDetail(title, id, fields, parts, table);
        }).titled("Reading the row").inSlot(SLOT)
                .onSuccess(d -> onDetail.accept(d))
                .onFailure(error -> problem.accept(Loads.stopped(error) ? "Stopped reading the row, as asked; open it"
                        + " again to see it." : "Could not read the row: " + Messages.sentence(error)))
                .executeWith(runner);
    }

    static JsonPart part(String column, String raw) {
        if (raw == null) {
            return new JsonPart(column, "null", "");
        }
        if (raw.length() > SHOWN_CHARS) {
            return new JsonPart(column, raw.substring(0, SHOWN_CHARS), "Showing the first "
                    + Formats.count(SHOWN_CHARS) + " of " + Formats.count(raw.length()) + " characters.");
        }
        return new JsonPart(column, ParamNode.pretty(raw), "");
    }
}
