package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.results.CurveStats;
import io.aurelius.admin.results.Reduced;
import io.aurelius.admin.ui.common.AxisTicks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/**
 * The report's charts kept in step with the {@link CurveModel}: equity and drawdown share one x range (zooming
 * either zooms both), the rolling Sharpe chart shows the whole span, and the heatmap and the curve's own
 * statistics follow the analysis. A curve that cannot be drawn puts its sentence in every chart's place.
 */
final class ReportCharts {

    private final CurveModel model;
    private final CurveChart equity = new CurveChart("equityChart", "Equity", false, AxisTicks.Style.MONEY,
            ChartFormats::money);
    private final CurveChart drawdown = new CurveChart("drawdownChart", "Drawdown", true, AxisTicks.Style.PERCENT,
            v -> ChartFormats.percent(v, 2));
    private final CurveChart rolling = new CurveChart("rollingChart", "Sharpe", false, AxisTicks.Style.PLAIN,
            ChartFormats::ratio);

    ReportCharts(CurveModel model) {
        this.model = model;
        CurveChart.Interaction zoom = new CurveChart.Interaction() {
            @Override
            public void zoom(double lo, double hi) {
                model.zoom(lo, hi);
            }

            @Override
            public void pan(double dx) {
                model.pan(dx);
            }

            @Override
            public void reset() {
                model.reset();
            }
        };
        equity.setInteraction(zoom);
        drawdown.setInteraction(zoom);
        rolling.setLegendVisible(true);
    }

    CurveChart equity() {
        return equity;
    }

    CurveChart drawdown() {
        return drawdown;
    }

    CurveChart rolling() {
        return rolling;
    }

    void bind(Label note, StackPane heatmapHolder, GridPane facts) {
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        model.shownProperty().addListener((obs, old, s) -> showSeries(old, s));
        model.analysisProperty().addListener((obs, old, a) -> showAnalysis(a, heatmapHolder, facts));
        model.problemProperty().addListener((obs, old, p) -> showProblem(p, heatmapHolder, facts));
        showProblem(model.problemProperty().get(), heatmapHolder, facts);
    }

    private void showSeries(ChartSeries old, ChartSeries s) {
        if (s == null) {
            return;
        }
        equity.setRange(s.lo(), s.hi());
        drawdown.setRange(s.lo(), s.hi());
        if (old != null && old.equity() == s.equity() && old.drawdown() == s.drawdown()) {
            return; // a zoom moves the axes at once; its re-reduced points come next
        }
        equity.show(List.of(new CurveChart.Series("Equity", s.equity())));
        drawdown.show(List.of(new CurveChart.Series("Drawdown", s.drawdown())));
    }

    private void showAnalysis(CurveAnalysis a, StackPane heatmapHolder, GridPane facts) {
        if (a == null) {
            return;
        }
        equity.setDates(a.hasDates(), a.intraday());
        drawdown.setDates(a.hasDates(), a.intraday());
        rolling.setDates(a.hasDates(), a.intraday());
        List<CurveChart.Series> lines = new ArrayList<>();
        add(lines, "6 months (" + a.periodsPerYear() / 2 + " points)", a.rolling6m());
        add(lines, "12 months (" + a.periodsPerYear() + " points)", a.rolling12m());
        if (lines.isEmpty()) {
            rolling.showProblem("The curve is too short for a rolling Sharpe ratio (it needs more than "
                    + (a.periodsPerYear() / 2 + 1) + " points).");
        } else {
            rolling.setRange(a.first(), a.last());
            rolling.show(lines);
        }
        heatmapHolder.getChildren().setAll(a.monthly() == null
                ? problemLabel("The curve has no dates, so there are no monthly or yearly returns.")
                : MonthlyHeatmap.of(a.monthly()));
        showFacts(facts, a);
    }

    private static void add(List<CurveChart.Series> lines, String name, Reduced r) {
        if (r != null) {
            lines.add(new CurveChart.Series(name, r));
        }
    }

    private void showProblem(String problem, StackPane heatmapHolder, GridPane facts) {
        if (problem == null || problem.isEmpty()) {
            return;
        }
        equity.showProblem(problem);
        drawdown.showProblem(problem);
        rolling.showProblem(problem);
        heatmapHolder.getChildren().setAll(problemLabel(problem));
        facts.getChildren().clear();
        facts.add(problemLabel("Nothing to compute without a readable curve."), 0, 0);
    }

    private static Label problemLabel(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("chart-problem");
        return l;
    }

    private static void showFacts(GridPane facts, CurveAnalysis a) {
        CurveStats s = a.stats();
        facts.getChildren().clear();
        String[][] rows = {
            {"Points", String.format(Locale.ROOT, "%,d", s.points())},
            {"Span", Double.isNaN(s.years()) ? "—" : String.format(Locale.ROOT, "%.2f years", s.years())},
            {"Total return", ChartFormats.percent(s.totalReturn(), 2)},
            {"CAGR", ChartFormats.percent(s.cagr(), 2)},
            {"Volatility", ChartFormats.percent(s.volatility(), 2)},
            {"Sharpe", ChartFormats.ratio(s.sharpe())},
            {"Sortino", ChartFormats.ratio(s.sortino())},
            {"Max drawdown", ChartFormats.percent(s.maxDrawdown(), 2)},
            {"Calmar", ChartFormats.ratio(s.calmar())},
        };
        for (int i = 0; i < rows.length; i++) {
            Label name = new Label(rows[i][0]);
            name.getStyleClass().add("fact-name");
            Label value = new Label(rows[i][1]);
            value.getStyleClass().add("fact-value");
            value.setId("curve-" + rows[i][0].toLowerCase(Locale.ROOT).replace(' ', '-'));
            facts.addRow(i, name, value);
        }
    }
}
