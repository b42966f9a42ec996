package io.aurelius.admin.ui.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.query.BacktestRow;
import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.query.GateRow;
import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.GateReading;
import io.aurelius.admin.results.MetricEntry;
import io.aurelius.admin.results.MetricReading;
import io.aurelius.admin.results.MetricsView;
import io.aurelius.admin.results.MonthlyTable;
import io.aurelius.admin.results.TradeCell;
import io.aurelius.admin.results.TradeTable;
import io.aurelius.admin.results.WindowTable;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.JsonFuzz.Expect;
import io.aurelius.admin.testing.JsonFuzz.Value;
import io.aurelius.admin.testing.JsonFuzzRows;
import io.aurelius.admin.testing.JsonFuzzRows.Backtest;
import io.aurelius.admin.testing.JsonFuzzRows.Gate;
import io.aurelius.admin.testing.JsonFuzzRows.Rows;
import io.aurelius.admin.testing.JsonFuzzRows.Strategy;
import io.aurelius.admin.testing.JsonFuzzRows.Validation;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.backtest.BacktestViewModel;
import io.aurelius.admin.ui.backtest.CurveAnalysis;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Exports;
import io.aurelius.admin.ui.compare.CompareViewModel;
import io.aurelius.admin.ui.compare.Comparison;
import io.aurelius.admin.ui.dashboard.DashboardViewModel;
import io.aurelius.admin.ui.dashboard.Panel;
import io.aurelius.admin.ui.gates.GateEntry;
import io.aurelius.admin.ui.gates.GatesViewModel;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.StrategiesViewModel;
import io.aurelius.admin.ui.strategy.ParamNode;
import io.aurelius.admin.ui.strategy.RowDetail;
import io.aurelius.admin.ui.strategy.StrategyViewModel;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.validation.ValidationViewModel;
import io.aurelius.admin.ui.validation.WindowCells;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8's sweep: a few thousand rows whose JSON columns {@link io.aurelius.admin.testing.JsonFuzz} broke in every
 * way it knows, each opened through the view models the screens use (strategies list, strategy tabs and row
 * dialogs, backtest report with its curve, statistics, trades, raw JSON and CSV exports, validation, gate history,
 * compare, dashboard). Nothing may escape as an exception; whatever is wrong is one sentence where the content would
 * be; what is valid still shows. Runs on the API's {@code json} columns (which keep NUL escapes, duplicate keys and
 * number literals as written) and on the guide's {@code jsonb}.
 */
class HostileJsonSweepTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static final int STRATEGIES = 60;
    static final int BACKTESTS = 3_000;
    static final int VALIDATIONS = 1_000;
    static final int GATES = 1_000;

    @TempDir
    Path dir;

    private final Findings found = new Findings();
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private FakeDialogs dialogs;
    private ExportJob exports;
    private Rows rows;

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(strings = {"json", "jsonb"})
    @Proves(value = Reliability.HOSTILE_JSON, how = "Fuzzes every JSON column of 3,000 backtests, 1,000 validations"
            + " and 1,000 gate results with every malformed shape, on json and jsonb, and opens every row through"
            + " the view models of every screen, its exports and raw JSON: no exception escapes, each fault is a"
            + " sentence in its place, and valid parts still show.")
    void everyScreenOpensEveryFuzzedRow(String type) throws Exception {
        DB.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        boolean jsonb = type.equals("jsonb");
        if (!jsonb) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/api-init-db.sql")) {
                DB.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        try (Services services = Services.connect(DB.settings())) {
            if (jsonb) {
                services.schema().init();
            }
            try (Connection c = DB.connect()) {
                rows = JsonFuzzRows.insert(c, jsonb ? 8 : 9, jsonb, STRATEGIES, BACKTESTS, VALIDATIONS, GATES);
            }
            dialogs = new FakeDialogs().savingTo(dir.resolve("export.csv"));
            exports = new ExportJob(runner, dialogs, services::jsonFile);
            timed("strategies list", () -> strategiesList(services));
            timed("strategy screens", () -> strategies(services));
            timed("backtest reports", () -> backtests(services));
            timed("validations", () -> validations(services));
            timed("gate histories", () -> gates(services));
            timed("comparisons", () -> comparisons(services));
            timed("dashboard", () -> dashboard(services));
        }
        found.check(dialogs.errors().isEmpty(), "error dialog", type, "dialogs shown: " + dialogs.errors());
        System.out.println(type + ": " + found.checks() + " checks");
        assertThat(found.none()).as(found.report()).isTrue();
    }

    private static void timed(String what, Runnable r) {
        long t = System.nanoTime();
        r.run();
        System.out.printf("  %s: %.1f s%n", what, (System.nanoTime() - t) / 1e9);
    }

    private static <T> ObservableValue<T> of(T service) {
        return new SimpleObjectProperty<>(service);
    }

    // --- strategies list and strategy screen --------------------------------------------------------------

    private void strategiesList(Services services) {
        StrategiesViewModel vm = new StrategiesViewModel(of(services.browser()), runner, BrowseStore.none());
        found.run("strategies list", "list", () -> {
            Set<String> seen = new java.util.HashSet<>();
            vm.rows().forEach(r -> seen.add(r.id()));
            for (int page = 0; vm.hasNextProperty().get() && page < 100; page++) {
                vm.next();
                vm.rows().forEach(r -> seen.add(r.id()));
            }
            found.sentenceOrEmpty(vm.messageProperty().get(), "strategies list message", "list");
            found.check(seen.containsAll(rows.strategies().stream().map(Strategy::id).toList()), "strategies list",
                    "list", "shows " + seen.size() + " of " + rows.strategies().size() + " strategies");
        });
    }

    private void strategies(Services services) {
        StrategyViewModel vm = new StrategyViewModel(of(services.browser()), runner);
        List<RowDetail> opened = new ArrayList<>();
        vm.setOnDetail(opened::add);
        Map<String, List<Backtest>> backtests = rows.backtests().stream()
                .collect(Collectors.groupingBy(Backtest::strategyId));
        for (Strategy s : rows.strategies()) {
            String row = s.id() + " [" + s.parameters().label() + "]";
            found.run("strategy screen", row, () -> {
                vm.open(s.id());
                found.check(vm.messageProperty().get().isEmpty(), "strategy message", row,
                        Findings.shown(vm.messageProperty().get()));
                parameters(vm.parametersProperty().get(), s.parameters(), row);
                found.check(vm.rawParametersProperty().get() != null, "raw parameters", row, "null");
                found.check(vm.backtests().size() == backtests.getOrDefault(s.id(), List.of()).size(),
                        "strategy backtests tab", row, vm.backtests().size() + " rows");
                opened.clear();
                for (BacktestRow b : List.copyOf(vm.backtests())) {
                    vm.openBacktest(b);
                    found.number(fieldOf(opened, "Sharpe"), "backtest row dialog", b.id());
                    found.number(fieldOf(opened, "Total return %"), "backtest row dialog", b.id());
                }
                for (ValidationRow v : List.copyOf(vm.validations())) {
                    vm.openValidation(v);
                }
                for (GateRow g : List.copyOf(vm.gates())) {
                    vm.openGate(g);
                }
                int expected = vm.backtests().size() + vm.validations().size() + vm.gates().size();
                found.check(opened.size() == expected, "row dialogs", row, opened.size() + " of " + expected
                        + " opened; " + Findings.shown(vm.messageProperty().get()));
                for (RowDetail d : opened) {
                    d.json().forEach(p -> found.check(p.text() != null, "row dialog JSON", d.id(), p.column()));
                    d.fields().forEach(f -> found.check(f.value() != null, "row dialog field", d.id(), f.name()));
                }
                exported("backtests table", row, () -> Exports.table(exports, "the backtests", "b.csv",
                        BacktestRow.class, vm.backtests()));
                exported("validations table", row, () -> Exports.table(exports, "the validations", "v.csv",
                        ValidationRow.class, vm.validations()));
                exported("gate results table", row, () -> Exports.table(exports, "the gate results", "g.csv",
                        GateRow.class, vm.gates()));
            });
        }
    }

    private static String fieldOf(List<RowDetail> opened, String name) {
        RowDetail d = opened.isEmpty() ? null : opened.get(opened.size() - 1);
        String v = d == null ? null : d.fields().stream().filter(f -> f.name().equals(name))
                .map(RowDetail.Field::value).findFirst().orElse(null);
        // unreadable values are said as such, with what is stored: only numbers must be short
        return v != null && v.startsWith("unreadable") ? "unreadable" : v;
    }

    private void parameters(ParamNode root, Value v, String row) {
        found.check(root != null, "parameters tree", row, "none");
        if (root == null) {
            return;
        }
        if (v.expect() == Expect.VALID) {
            found.check(root.kind().equals("object") && root.children().size() == v.intact(), "valid parameters",
                    row, root.kind() + " with " + root.children().size() + " keys");
        } else if (v.expect() == Expect.BROKEN) {
            found.check(root.kind().equals("unreadable"), "unreadable parameters", row, "shown as " + root.kind());
            found.sentence(root.value(), "unreadable parameters", row);
            hint(root.value(), v, "unreadable parameters", row);
        } else if (v.intact() >= 0) {
            found.check(root.children().size() >= v.intact(), "parameters kept", row,
                    root.children().size() + " of " + v.intact() + " keys");
        }
        // blank keys stay in the tree as stored; FuzzedScreensRobotTest checks the cells name them
    }

    private void exported(String what, String row, Runnable export) {
        export.run();
        String status = exports.statusProperty().get();
        found.check(status.startsWith("Exported"), what + " export", row, Findings.shown(status));
    }

    // --- backtest report ------------------------------------------------------------------------------------

    private void backtests(Services services) {
        BacktestViewModel vm = new BacktestViewModel(of(services.reports()), runner, dialogs);
        List<BacktestViewModel.RawJsonShown> raws = new ArrayList<>();
        vm.setOnRaw(raws::add);
        for (Backtest b : rows.backtests()) {
            String row = b.id() + " " + b.status() + " [" + b.values().stream().map(Value::label)
                    .collect(Collectors.joining("; ")) + "]";
            found.run("backtest report", row, () -> {
                vm.open(b.id());
                found.sentenceOrEmpty(vm.bannerProperty().get(), "backtest banner", row);
                found.check(vm.reportProperty().get() != null, "backtest header", row, "not shown");
                metrics(vm.metricsProperty().get(), b.metrics(), row);
                if (b.inProgress()) {
                    found.sentence(vm.curve().problemProperty().get(), "curve of a run in progress", row);
                    return;
                }
                curve(vm, b.curve(), row);
                trades(vm, b.trades(), row);
                raws.clear();
                for (String column : BacktestReports.RAW_COLUMNS) {
                    vm.showRaw(column);
                }
                found.check(raws.size() == BacktestReports.RAW_COLUMNS.size(), "raw JSON", row,
                        raws.size() + " shown; " + Findings.shown(vm.messageProperty().get()));
                raws.forEach(r -> {
                    found.check(r.json().text() != null, "raw JSON text", row, r.column());
                    found.sentenceOrEmpty(r.note(), "raw JSON note", row);
                });
                found.check(vm.messageProperty().get().isEmpty(), "backtest message", row,
                        Findings.shown(vm.messageProperty().get()));
            });
        }
    }

    private void metrics(MetricsView m, Value v, String row) {
        if (m == null) {
            found.check(false, "metrics", row, "not shown");
            return;
        }
        long readable = m.key().stream().filter(MetricReading::readable).count();
        switch (v.expect()) {
            case VALID -> found.check(m.problem() == null && readable == m.key().size(), "valid metrics", row,
                    readable + " readable; " + Findings.shown(m.problem()));
            case BROKEN -> {
                found.sentence(m.problem(), "broken metrics", row);
                hint(m.problem(), v, "broken metrics", row);
            }
            default -> {
                found.sentenceOrEmpty(m.problem(), "odd metrics", row);
                found.check(v.intact() < 0 || readable >= v.intact(), "metrics kept", row,
                        readable + " readable of " + v.intact() + " untouched");
            }
        }
        for (MetricReading r : m.key()) {
            found.check(r.display() != null, "metric display", row, r.key());
            if (r.readable()) {
                found.number(r.display(), "metric " + r.key(), row);
            }
        }
        for (MetricEntry e : m.others()) {
            found.check(e.text() != null, "metrics tree", row, e.path());
        }
    }

    private void curve(BacktestViewModel vm, Value v, String row) {
        String problem = vm.curve().problemProperty().get();
        boolean drawn = vm.curve().shownProperty().get() != null;
        found.check(drawn != !problem.isEmpty(), "curve", row, "drawn " + drawn + ", problem "
                + Findings.shown(problem));
        found.sentenceOrEmpty(problem, "curve problem", row);
        found.sentenceOrEmpty(vm.curve().noteProperty().get(), "curve note", row);
        if (v.expect() == Expect.VALID) {
            found.check(drawn, "valid curve", row, Findings.shown(problem));
        } else if (v.expect() == Expect.BROKEN) {
            found.check(!drawn, "broken curve", row, "was drawn");
            hint(problem, v, "broken curve", row);
        }
        if (!drawn) {
            return;
        }
        Curve c = vm.curve().curve();
        found.check(v.intact() < 0 || c.count() >= v.intact(), "curve kept", row,
                c.count() + " points of " + v.intact() + " untouched");
        CurveAnalysis a = vm.curve().analysisProperty().get();
        MonthlyTable monthly = a.monthly();
        if (monthly != null) {
            monthly.years().forEach(y -> found.check(y.year() >= 1 && y.year() <= 9999, "monthly heatmap", row,
                    "year " + y.year()));
        }
        a.worst().forEach(d -> found.check(d.depth() <= 0 || Double.isNaN(d.depth()), "worst drawdowns", row,
                "depth " + d.depth()));
        vm.curve().zoom(a.first(), a.first() + (a.last() - a.first()) / 3);
        vm.curve().pan((a.last() - a.first()) / 10);
        vm.curve().reset();
        exported("curve", row, () -> vm.exportCurve(exports));
    }

    private void trades(BacktestViewModel vm, Value v, String row) {
        TradeTable t = vm.trades().tableProperty().get();
        String message = vm.trades().messageProperty().get();
        found.sentenceOrEmpty(message, "trades message", row);
        if (t == null) {
            found.check(false, "trades", row, "no table; " + Findings.shown(message));
            return;
        }
        switch (v.expect()) {
            case VALID -> found.check(t.problem() == null && message.isEmpty() && t.rows().size() == v.intact(),
                    "valid trades", row, t.rows().size() + " rows; " + Findings.shown(message));
            case BROKEN -> {
                found.check(t.rows().isEmpty() && !message.isEmpty(), "broken trades", row, t.rows().size()
                        + " rows; " + Findings.shown(message));
                hint(message, v, "broken trades", row);
            }
            default -> found.check(v.intact() < 0 || t.problem() == null && t.rows().size() >= v.intact(),
                    "trades kept", row, t.rows().size() + " rows of " + v.intact() + " untouched; "
                            + Findings.shown(message));
        }
        for (String field : t.fields().subList(0, Math.min(t.fields().size(), 12))) {
            vm.trades().sort(field, true);
            vm.trades().sort(field, false);
        }
        vm.trades().sort(null, true);
        for (TradeTable.Row r : vm.trades().page()) {
            for (String field : t.fields()) {
                TradeCell cell = r.cell(field);
                found.check(cell.display() != null, "trade cell", row, field);
            }
        }
        if (!t.rows().isEmpty()) {
            exported("trades", row, () -> vm.exportTrades(exports));
        }
    }

    // --- validation, gates --------------------------------------------------------------------------------

    private void validations(Services services) {
        ValidationViewModel vm = new ValidationViewModel(of(services.results()), runner);
        for (Validation val : rows.validations()) {
            String row = val.id() + " " + val.status() + " [" + val.windows().label() + "; " + val.metrics().label()
                    + "]";
            found.run("validation", row, () -> {
                vm.open(val.id());
                found.check(vm.messageProperty().get().isEmpty(), "validation message", row,
                        Findings.shown(vm.messageProperty().get()));
                WindowTable t = vm.tableProperty().get();
                String note = vm.tableNoteProperty().get();
                found.sentenceOrEmpty(note, "windows note", row);
                found.sentenceOrEmpty(vm.chartNoteProperty().get(), "Sharpe chart note", row);
                vm.notes().forEach(n -> found.sentence(n, "validation note", row));
                found.check(vm.rawProperty().get() != null && !vm.rawProperty().get().isEmpty(), "validation raw",
                        row, "empty");
                Value w = val.windows();
                switch (w.expect()) {
                    case VALID -> found.check(t.problem() == null && note.isEmpty() && t.rows().size() == w.intact(),
                            "valid windows", row, t.rows().size() + " rows; " + Findings.shown(note));
                    case BROKEN -> {
                        found.check(t.rows().isEmpty() && !note.isEmpty(), "broken windows", row,
                                t.rows().size() + " rows; " + Findings.shown(note));
                        hint(note, w, "broken windows", row);
                    }
                    default -> found.check(w.intact() < 0 || t.problem() == null && t.rows().size() >= w.intact(),
                            "windows kept", row, t.rows().size() + " rows of " + w.intact() + " untouched; "
                                    + Findings.shown(note));
                }
                for (String field : t.fields()) {
                    found.check(!WindowCells.header(field).isBlank(), "windows column", row, "a blank header");
                    for (WindowTable.Row r : t.rows()) {
                        var shown = WindowCells.show(field, r.cell(field));
                        found.check(shown.text() != null, "window cell", row, field);
                        if (r.cell(field).kind() == WindowTable.Cell.Kind.NUMBER) {
                            found.number(shown.text(), "window " + field, row);
                        }
                    }
                }
                if (!t.rows().isEmpty()) {
                    exported("windows", row, () -> vm.exportCsv(exports));
                    found.check(vm.exportedProperty().get().isEmpty(), "windows export", row,
                            vm.exportedProperty().get());
                }
            });
        }
    }

    private void gates(Services services) {
        GatesViewModel vm = new GatesViewModel(of(services.results()), runner);
        Map<String, Gate> byId = rows.gatesById();
        for (Strategy s : rows.strategies()) {
            found.run("gate history", s.id(), () -> {
                vm.open(s.id(), null);
                found.sentenceOrEmpty(vm.messageProperty().get(), "gates message", s.id());
                for (GateEntry e : List.copyOf(vm.entries())) {
                    Gate g = byId.get(e.id());
                    String row = e.id() + " " + (g == null ? "?" : Findings.shown(g.gateType()) + " ["
                            + g.results().label() + "]");
                    vm.select(e);
                    gate(e, g, row);
                    found.check(vm.rawProperty().get() != null, "gate raw", row, "null");
                }
            });
        }
    }

    private void gate(GateEntry e, Gate g, String row) {
        GateReading r = e.reading();
        found.check(!e.title().isBlank() && !e.summary().isBlank(), "gate entry", row, e.title() + " / "
                + e.summary());
        r.notes().forEach(n -> found.sentence(n, "gate note", row));
        found.sentenceOrEmpty(r.problem(), "gate problem", row);
        if (g == null) {
            return;
        }
        Value v = g.results();
        switch (v.expect()) {
            case VALID -> {
                found.check(r.problem() == null && r.notes().isEmpty(), "valid gate result", row,
                        Findings.shown(r.problem()) + " " + r.notes());
                found.check(r.kind() != GateReading.Kind.DEV || r.checks().size() == 4 && r.checks().stream()
                        .allMatch(c -> c.passed().state() == io.aurelius.admin.results.Flag.State.YES),
                        "valid dev checks", row, r.checks().toString());
                found.check(r.kind() != GateReading.Kind.CRV || r.criteria().stream().allMatch(c ->
                        c.actual().readable() && c.threshold().readable()), "valid crv criteria", row,
                        r.criteria().toString());
                found.check(r.kind() != GateReading.Kind.OTHER || r.rest() != null, "unknown gate shown", row,
                        "nothing shown");
            }
            case BROKEN -> {
                found.sentence(r.problem(), "broken gate result", row);
                hint(r.problem(), v, "broken gate result", row);
            }
            default -> found.check(r.problem() != null || r.rest() != null || !r.notes().isEmpty()
                    || !r.checks().isEmpty()
                    || !r.criteria().isEmpty() || r.readiness() != null, "odd gate result", row, "nothing shown");
        }
    }

    // --- compare, dashboard ---------------------------------------------------------------------------------

    private void comparisons(Services services) {
        CompareViewModel vm = new CompareViewModel(of(services.reports()), runner);
        List<Backtest> all = rows.backtests();
        Map<String, Backtest> byId = rows.backtestsById();
        int size = 2;
        for (int i = 0; i + size <= all.size(); i += size, size = size % 8 + 2) {
            List<String> ids = all.subList(i, i + size).stream().map(Backtest::id).toList();
            String row = "compare " + ids;
            found.run("compare", row, () -> {
                vm.open(ids);
                found.check(vm.messageProperty().get().isEmpty(), "compare message", row,
                        Findings.shown(vm.messageProperty().get()));
                Comparison c = vm.comparisonProperty().get();
                if (c == null) {
                    found.check(false, "compare", row, "nothing compared");
                    return;
                }
                found.check(c.lines().size() + c.problems().size() == ids.size(), "compare curves", row,
                        c.lines().size() + " drawn, " + c.problems().size() + " said");
                Set<String> drawn = c.lines().stream().map(Comparison.Line::id).collect(Collectors.toSet());
                for (int k = 0; k < ids.size(); k++) {
                    if (drawn.contains(ids.get(k))) {
                        continue;
                    }
                    String label = c.labels().get(k) + ": ";
                    String p = c.problems().stream().filter(x -> x.startsWith(label)).findFirst().orElse(null);
                    found.check(p != null, "compare names what it did not draw", row, label + " in " + c.problems());
                    if (p == null) {
                        continue;
                    }
                    // "label: unreadable: the equity curve is …" or "label: its first equity value is 0, …"
                    String reason = p.substring(label.length());
                    found.check(!reason.isEmpty() && Character.isLowerCase(reason.codePointAt(0))
                            && p.endsWith(".") && !p.contains("\n") && p.length() < 600, "compare problem", row,
                            Findings.shown(p));
                    Backtest b = byId.get(ids.get(k));
                    found.check(b.inProgress() || !b.curve().broken() || reason.startsWith("unreadable: ")
                            || reason.startsWith("the equity curve is empty")
                            || reason.startsWith("the equity curve has no points"),
                            "compare names an unreadable curve", row, Findings.shown(p));
                }
                for (Comparison.Row r : c.rows()) {
                    found.check(!r.name().isBlank(), "compare row has a blank name", row, r.values().toString());
                    if (!r.header() && Set.of("Sharpe ratio", "Total return", "Max drawdown").contains(r.name())) {
                        r.values().forEach(x -> found.check(x.length() <= Findings.NUMBER_CHARS
                                || !x.matches("[-0-9.,e+ %]+"), "compare " + r.name(), row, Findings.shown(x)));
                    }
                }
            });
        }
    }

    private void dashboard(Services services) {
        DashboardViewModel vm = new DashboardViewModel(of(services.dashboard()), runner);
        found.run("dashboard", "dashboard", () -> {
            vm.setShowing(true);
            vm.refresh();
            List<Panel<?>> panels = List.of(vm.types(), vm.backtestStatuses(), vm.validationStatuses(),
                    vm.activity(), vm.recent(), vm.failures(), vm.gates(), vm.ready(), vm.validations());
            for (Panel<?> p : panels) {
                found.check(!p.failedProperty().get(), "dashboard panel", "dashboard",
                        Findings.shown(p.messageProperty().get()));
                found.sentenceOrEmpty(p.messageProperty().get(), "dashboard panel message", "dashboard");
            }
            for (Dashboard.StrategyChoice choice : List.copyOf(vm.choices())) {
                vm.choose(choice);
                found.check(!vm.validations().failedProperty().get(), "dashboard validations", choice.id(),
                        Findings.shown(vm.validations().messageProperty().get()));
            }
            List<Dashboard.RecentBacktest> recent = vm.recent().valueProperty().get();
            (recent == null ? List.<Dashboard.RecentBacktest>of() : recent).forEach(r -> {
                found.check(r.sharpe() != null && r.totalReturn() != null, "dashboard recent backtest", r.id(),
                        "no readings");
            });
        });
    }

    private void hint(String sentence, Value v, String kind, String row) {
        if (v.hint() != null && sentence != null) {
            found.check(sentence.contains(v.hint()), kind + " says why", row, "no \"" + v.hint() + "\" in "
                    + Findings.shown(sentence));
        }
    }
}
