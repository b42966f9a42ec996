package io.aurelius.admin.bench;

import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.CurveResult;
import io.aurelius.admin.results.Reducer;
import io.aurelius.admin.ui.backtest.ZoomTiming;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;

/** Backtest detail curves (fetch + parse + reduce) against fetching the bytes only; the reducer alone. */
final class CurveCases {

    /** Points the chart asks the reducer for. */
    static final int CHART_POINTS = 2000;

    private CurveCases() {
    }

    static Result shortCurve(Bench b) throws Exception {
        String id = b.data().busyStrategyId() == null ? null : firstWithCurve(b, b.data().busyStrategyId());
        return curve(b, "backtest detail, 2,520-point curve: fetch + parse + reduce", id, Target.under(1000));
    }

    static Result hugeCurve(Bench b) throws Exception {
        return curve(b, "backtest detail, 1,000,000-point curve: fetch + parse + reduce", b.data().hugeBacktestId(),
                Target.under(1000));
    }

    /** Click to drawn chart on the 1,000,000-point curve: read, analyse, reduce, both charts, layout, render. */
    static Result clickToChart(Bench b) throws Exception {
        String name = "click to drawn chart, 1,000,000-point curve (read, analyse, reduce, draw, render)";
        String id = b.data().hugeBacktestId();
        Target t = Target.under(1500);
        if (id == null || !(b.services().reports().curve(id) instanceof Curve first)) {
            return Result.skipped(name, t, "the data set has no readable 1,000,000-point curve");
        }
        try (ZoomTiming z = ZoomTiming.open(first)) {
            Measure.Pair p = b.measure().pair(() -> {
                CurveResult c = b.services().reports().curve(id);
                if (!(c instanceof Curve curve)) {
                    throw new IllegalStateException("The curve of " + id + " is unreadable: " + c);
                }
                return z.showOnce(curve);
            }, () -> fetchBytes(b, id));
            return new Result(name, p.value(), "fetch the bytes, plain JDBC", p.floor(), t,
                    "headless toolkit, software rendering, 1600 × 1000 window; analysis counted on the JavaFX thread");
        }
    }

    /** Zoom on the 1,000,000-point curve: re-reduce the range, put it in both charts, lay out, render. */
    static Result zoom(Bench b) throws Exception {
        String name = "zoom re-draw, 1,000,000-point curve (re-reduce, both charts, layout, render)";
        String id = b.data().hugeBacktestId();
        if (id == null || !(b.services().reports().curve(id) instanceof Curve curve)) {
            return Result.skipped(name, Target.under(50), "the data set has no readable 1,000,000-point curve");
        }
        try (ZoomTiming z = ZoomTiming.open(curve)) {
            Measure.Pair p = b.measure().pair(z::zoomOnce, z::renderOnce);
            return new Result(name, p.value(), "render the unchanged window", p.floor(), Target.under(50),
                    "headless toolkit, software rendering, 1600 × 1000 window");
        }
    }

    static Result reduce(Bench b, int points, Target t) throws Exception {
        double[] x = new double[points];
        double[] y = new double[points];
        Random r = new Random(7);
        double v = 100_000;
        for (int i = 0; i < points; i++) {
            v *= 1 + r.nextGaussian() * 0.01;
            x[i] = 1_000_000_000L + 60L * i;
            y[i] = v;
        }
        Stats s = b.measure().one(() -> Reducer.reduce(x, y, CHART_POINTS));
        return new Result(String.format("reducer alone, %,d points to %,d", points, CHART_POINTS), s, null, null, t,
                "");
    }

    private static Result curve(Bench b, String name, String id, Target t) throws Exception {
        if (id == null) {
            return Result.skipped(name, t, "the data set has no such backtest");
        }
        Measure m = b.measure();
        Measure.Pair p = m.pair(() -> {
            CurveResult c = b.services().reports().curve(id);
            if (!(c instanceof Curve curve)) {
                throw new IllegalStateException("The curve of " + id + " is unreadable: " + c);
            }
            return Reducer.reduce(curve.xAxis(), curve.values(), CHART_POINTS);
        }, () -> fetchBytes(b, id));
        CurveResult c = b.services().reports().curve(id);
        String note = c instanceof Curve curve ? String.format("%,d points", curve.count()) : "unreadable";
        return new Result(name, p.value(), "fetch the bytes, plain JDBC", p.floor(), t, note);
    }

    /** The column's bytes over the wire, read and dropped. */
    static Long fetchBytes(Bench b, String id) throws Exception {
        try (PreparedStatement ps = b.jdbc().connection().prepareStatement(
                "SELECT equity_curve::text FROM backtests WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                long n = 0;
                if (rs.next()) {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        n = in == null ? 0 : in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
                return n;
            }
        }
    }

    private static String firstWithCurve(Bench b, String strategyId) throws Exception {
        try (PreparedStatement ps = b.jdbc().connection().prepareStatement("SELECT id FROM backtests"
                + " WHERE strategy_id = ? AND status = 'completed' AND equity_curve IS NOT NULL"
                + " AND id IS DISTINCT FROM ? ORDER BY created_at DESC LIMIT 1")) {
            ps.setString(1, strategyId);
            ps.setString(2, b.data().hugeBacktestId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
