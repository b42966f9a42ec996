package io.aurelius.admin.ui.compare;

import io.aurelius.admin.query.BacktestReport;
import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.CurveProblem;
import io.aurelius.admin.results.CurveResult;
import io.aurelius.admin.results.Reduced;
import io.aurelius.admin.results.Reducer;
import io.aurelius.admin.ui.common.ChartRange;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the backtests to compare (header, curve, strategy parameters), normalises each curve to 1.0 at its
 * first point and reduces it to about {@value #POINTS} points. Plain Java: it runs on a background thread.
 */
public final class CompareReader {

    /** The fewest and the most backtests one comparison shows. */
    public static final int MIN = 2;
    public static final int MAX = 8;
    /** Points drawn per curve. */
    static final int POINTS = 2_000;

    private record Read(String id, BacktestReport report, CurveResult curve, String parameters) {
    }

    private CompareReader() {
    }

    /** One sentence naming what is wrong with this many ids and the fix, or null when the count is fine. */
    public static String countProblem(int count) {
        if (count < MIN) {
            return "Comparing needs at least " + MIN + " backtests and " + count + (count == 1 ? " was" : " were")
                    + " given; select " + MIN + " to " + MAX + ".";
        }
        if (count > MAX) {
            return "Comparing shows at most " + MAX + " backtests and " + count + " were given; select " + MIN
                    + " to " + MAX + ".";
        }
        return null;
    }

    /** Reads and prepares everything the Compare screen shows (the ids' count must be checked first). */
    public static Comparison read(BacktestReports reports, List<String> ids) {
        List<Read> reads = new ArrayList<>();
        for (String id : ids) {
            Cancel.checkpoint(); // the screen's Stop ends the read between backtests
            reads.add(readOne(reports, id));
        }
        List<String> labels = labels(reads);
        boolean dated = reads.stream().filter(r -> r.curve() instanceof Curve).count() > 0
                && reads.stream().allMatch(r -> !(r.curve() instanceof Curve c) || c.hasTimestamps());
        List<Comparison.Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            String problem = r.curve() instanceof CurveProblem p ? p.message() : null;
            Cancel.checkpoint(); // and between reductions
            if (r.curve() instanceof Curve c) {
                problem = c.values()[0] <= 0 ? "its first equity value is " + c.values()[0]
                        + ", so it cannot be scaled to start at 1." : null;
                Comparison.Line line = problem == null ? line(r.id(), labels.get(i), c, dated) : null;
                problem = line == null ? problem
                        : ChartRange.problem(line.y(), "its values divided by the first (" + c.values()[0] + ")");
                if (problem == null) {
                    lines.add(line);
                }
            }
            if (problem != null) {
                problems.add(labels.get(i) + ": " + problem);
            }
        }
        List<BacktestReport> reports1 = reads.stream().map(Read::report).toList();
        List<String> parameters = reads.stream().map(Read::parameters).toList();
        return new Comparison(labels, lines, problems, CompareRows.rows(reports1, parameters), dated);
    }

    private static Read readOne(BacktestReports reports, String id) {
        Optional<BacktestReport> found = reports.report(id);
        if (found.isEmpty()) {
            return new Read(id, null, new CurveProblem(CurveProblem.Kind.EMPTY,
                    "there is no backtest with this id (it may have been deleted)."), null);
        }
        BacktestReport b = found.get();
        CurveResult curve;
        try {
            curve = b.inProgress() ? new CurveProblem(CurveProblem.Kind.EMPTY, "the backtest is " + b.status()
                    + ", so it has no equity curve yet.") : named(reports.curve(id));
        } catch (CancelledException e) {
            throw e; // stopped, as asked: not a problem of this curve
        } catch (RuntimeException e) {
            curve = new CurveProblem(CurveProblem.Kind.NOT_JSON, "could not read the curve: " + Messages.sentence(e));
        }
        return new Read(id, b, curve, reports.strategyParameters(b.strategyId()).orElse(null));
    }

    /** A stored curve that cannot be read, named so after its label: "unreadable: the equity curve is …". */
    private static CurveResult named(CurveResult read) {
        if (!(read instanceof CurveProblem p)) {
            return read;
        }
        String m = p.message().isEmpty() ? p.message()
                : Character.toLowerCase(p.message().charAt(0)) + p.message().substring(1);
        boolean none = p.kind() == CurveProblem.Kind.EMPTY || p.kind() == CurveProblem.Kind.NO_POINTS;
        return new CurveProblem(p.kind(), none ? m : "unreadable: " + m);
    }

    /** y divided by the first value, on dates or point indices, reduced for drawing. */
    static Comparison.Line line(String id, String label, Curve c, boolean dated) {
        double first = c.values()[0];
        double[] y = new double[c.count()];
        double[] x = new double[c.count()];
        for (int i = 0; i < y.length; i++) {
            y[i] = c.values()[i] / first;
            x[i] = dated ? c.epochSeconds()[i] : i;
        }
        Reduced r = Reducer.reduce(x, y, POINTS);
        return new Comparison.Line(id, label, r.x(), r.y());
    }

    /** "strategy · start – end", made unique with the start of the id when two would read the same. */
    private static List<String> labels(List<Read> reads) {
        List<String> plain = reads.stream().map(r -> r.report() == null ? "Backtest " + r.id()
                : (r.report().strategyName() == null ? "(strategy gone)" : oneLine(r.report().strategyName()))
                + " · " + r.report().startDate() + " – " + r.report().endDate()).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            String label = plain.get(i);
            List<String> same = new ArrayList<>();
            for (int j = 0; j < plain.size(); j++) {
                if (plain.get(j).equals(label)) {
                    same.add(reads.get(j).id());
                }
            }
            out.add(same.size() > 1 && reads.get(i).report() != null
                    ? label + " (" + reads.get(i).id().substring(0, distinguishing(same)) + ")" : label);
        }
        return out;
    }

    /** The shortest prefix length, at least 8, that tells these ids apart (the whole id at most). */
    private static int distinguishing(List<String> ids) {
        int shortest = ids.stream().mapToInt(String::length).min().orElse(0);
        for (int n = Math.min(8, shortest); n < shortest; n++) {
            int len = n;
            if (ids.stream().map(id -> id.substring(0, len)).distinct().count() == ids.size()) {
                return n;
            }
        }
        return shortest;
    }

    /** A strategy name on one line, at most 60 characters. */
    private static String oneLine(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        if (Formats.blank(s)) {
            return Formats.NO_NAME;
        }
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}
