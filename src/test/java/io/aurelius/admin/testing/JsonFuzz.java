package io.aurelius.admin.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded fuzzer of the AURELIUS JSON columns (DATA-SHAPES.md): the valid shapes the API writes, and each of them
 * broken in one of the ways issue 8 lists. The same seed gives the same values, byte for byte.
 *
 * <p>Every value says what a screen should make of it ({@link Expect}): show it whole, show what it can (its
 * untouched parts at least, the rest marked), or say in a sentence why there is nothing to show. JSON is written
 * here, not by a library, so it can hold what libraries refuse to write: duplicate keys, 2,000 levels of nesting,
 * 1,500-digit numbers, escaped NULs and lone surrogates (the last two only for {@code json} columns: {@code jsonb}
 * refuses them, so there they become the escape's visible text and U+FFFD).
 */
public final class JsonFuzz {

    /** The JSON columns of the four tables. */
    public enum Column {
        PARAMETERS("strategies.parameters"), INSTRUMENTS("backtests.instruments"), METRICS("backtests.metrics"),
        EQUITY_CURVE("backtests.equity_curve"), TRADES("backtests.trades"), WINDOWS("validations.windows"),
        VALIDATION_METRICS("validations.metrics"), GATE_RESULTS("gate_results.results");

        private final String name;

        Column(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What a screen must make of a value. */
    public enum Expect {
        /** The API's shape: shown whole, no problem sentence. */
        VALID,
        /** Something inside is off: what can be shown is (at least {@link Value#intact} parts), or a sentence says why not. */
        PARTLY,
        /** The column as a whole is not its shape (or nothing is stored): a sentence says so where it would show. */
        BROKEN
    }

    /** How a value was broken; {@link #VALID} leaves it as the API writes it. */
    public enum Mutation {
        VALID, SQL_NULL, JSON_NULL, TEXT, NUMBER, BOOLEAN, EMPTY_ARRAY, EMPTY_OBJECT, SWAPPED, WRAPPED_DEEP,
        LEAF_TYPE, NUMERIC_TEXT, EXTREME_NUMBER, HUGE_NUMBER, DEEP_LEAF, DEEP_LEAF_READABLE, ODD_KEY, DUPLICATE_KEY,
        ODD_TEXT, MISSING_KEY, EXTRA_KEYS, TIMESTAMPS, SHORT, NESTED_ARRAYS, OBJECT_FOR_ARRAY, MIXED_ELEMENTS, HUGE,
        COMBO;

        /** Mutations that replace the whole value. */
        boolean whole() {
            return ordinal() >= SQL_NULL.ordinal() && ordinal() <= WRAPPED_DEEP.ordinal();
        }
    }

    /**
     * One fuzzed value.
     *
     * @param json     the JSON text, or null for SQL NULL
     * @param label    what was done, for failure messages ("metrics: NUMERIC_TEXT at sharpe_ratio ← \"n/a\"")
     * @param intact   how many parts (elements, or key statistics of metrics) were left untouched and must still
     *                 show, -1 when the reader may refuse the whole value
     * @param hint     a word the problem sentence must hold (the reason: "levels", "digits"), or null
     * @param severity how hostile, for picking the worst few
     */
    public record Value(Column column, Mutation mutation, String json, String label, Expect expect, int intact,
                        String hint, int severity) {

        public boolean broken() {
            return expect == Expect.BROKEN;
        }
    }

    /** Levels of nesting past Jackson's 1,000; and a depth every reader must still take. */
    public static final int TOO_DEEP = 2_000;
    public static final int DEEP_BUT_READABLE = 900;
    /** A number longer than Jackson's default 1,000 characters. */
    public static final String HUGE_DIGITS = "9".repeat(1_500);
    public static final String THOUSAND_DIGITS = "1" + "0".repeat(999);
    /** A number no reader takes whole. */
    public static final String BEYOND_DIGITS = "7".repeat(20_000);
    /** How many values of each column may be huge (30,000 curve points, 3,000 trades, 600 windows). */
    private static final int HUGE_VALUES = 6;
    /** Ten thousand characters of right-to-left text and emoji. */
    public static final String LONG_TEXT = tenThousand("שלום 🚀 مرحبا ");
    private static final long DAY = 86_400L;
    private static final long START = 1_577_836_800L; // 2020-01-01

    private final Random random;
    private final boolean jsonb;
    private final java.util.Map<Column, Integer> huge = new java.util.EnumMap<>(Column.class);

    /**
     * @param jsonb true for {@code jsonb} columns (no NUL escapes, no lone surrogates), false for {@code json}
     */
    public JsonFuzz(long seed, boolean jsonb) {
        this.random = new Random(seed);
        this.jsonb = jsonb;
    }

    // --- the values ---------------------------------------------------------------------------------------

    /** One value of {@code column}, broken by {@code mutation} (the gate type matters for gate results only). */
    public Value value(Column column, Mutation mutation, String gateType) {
        J valid = valid(column, gateType);
        Counted parts = parts(column, valid);
        if (mutation == Mutation.VALID) {
            return new Value(column, mutation, write(valid), column + ": valid", Expect.VALID, parts.known, null, 0);
        }
        if (mutation == Mutation.SQL_NULL && !nullable(column)) {
            mutation = Mutation.JSON_NULL;
        }
        if (mutation.whole()) {
            return whole(column, mutation, valid, gateType);
        }
        Broken b = mutation == Mutation.COMBO ? combo(column, valid, parts) : part(column, mutation, valid, parts);
        return new Value(column, mutation, write(b.json), column + ": " + b.label, b.expect, b.intact, b.hint,
                severity(mutation));
    }

    /** A status outside the API's four (or one of them): the schema allows any text up to 20 characters. */
    public String status(boolean completed) {
        if (completed || random.nextInt(3) > 0) {
            return "completed";
        }
        return pick(new String[] {"pending", "running", "failed", "archived", "", "COMPLETED", " completed ",
            "🚀 launched", null, "done", "n/a"});
    }

    /** A gate type: dev, crv, product, or one the client does not know. */
    public String gateType() {
        return random.nextInt(5) > 0 ? pick(new String[] {"dev", "crv", "product"})
                : pick(new String[] {"weird", " DEV ", "Crv", "", "产品", "🚀", "production", "dev\n"});
    }

    // --- valid shapes (DATA-SHAPES.md) --------------------------------------------------------------------------

    private J valid(Column column, String gateType) {
        return switch (column) {
            case PARAMETERS -> parameters();
            case INSTRUMENTS -> arr(str(pick(new String[] {"SPY", "QQQ", "IWM"})), str("TLT"));
            case METRICS -> metrics();
            case EQUITY_CURVE -> curve(3 + random.nextInt(150), random.nextBoolean());
            case TRADES -> trades(1 + random.nextInt(25));
            case WINDOWS -> windows(2 + random.nextInt(7));
            case VALIDATION_METRICS -> obj("num_windows", num(4), "avg_train_sharpe", num(1.21),
                    "avg_test_sharpe", num(0.84), "avg_degradation", num(0.31), "stability_score", num(78.5));
            case GATE_RESULTS -> gate(gateType);
        };
    }

    private J parameters() {
        Obj o = obj("lookback", num(20 + random.nextInt(230)), "vol_target", num(0.15), "position_size", num(0.1));
        if (random.nextBoolean()) {
            o.put("stop_loss", num(0.05));
            o.put("take_profit", num(0.12));
        }
        o.put("universe", arr(str("SPY"), str("QQQ")));
        return o;
    }

    static final List<String> METRIC_KEYS = List.of("total_return", "sharpe_ratio", "sortino_ratio", "max_drawdown",
            "win_rate", "profit_factor", "total_trades", "avg_trade", "calmar_ratio");

    private J metrics() {
        boolean strings = random.nextInt(4) == 0;
        double[] v = {12.5, 1.42, 1.9, -8.25, 54.2, 1.61, 120, 35.5, 1.51};
        Obj o = new Obj();
        for (int i = 0; i < METRIC_KEYS.size(); i++) {
            double x = v[i] + random.nextInt(100) / 100.0;
            o.put(METRIC_KEYS.get(i), strings ? str(fmt(x)) : num(x));
        }
        o.put("engine", obj("run_identity", obj("run_id", str("r-" + random.nextInt(1000)), "engine_version",
                str("1.4.2")), "parity_check", obj("passed", lit("true"), "max_abs_diff", num(1e-6))));
        o.put("provenance", obj("git_sha", str("a1b2c3d"), "data", arr(str("prices"), str("fundamentals"))));
        return o;
    }

    private J curve(int points, boolean dated) {
        Arr a = new Arr();
        double equity = 100_000;
        boolean strings = random.nextInt(3) == 0;
        for (int i = 0; i < points; i++) {
            equity *= 1 + (random.nextGaussian() * 0.01);
            J value = strings ? str(fmt(equity)) : num(equity);
            a.add(dated ? obj("timestamp", strings ? str(Long.toString(START + i * DAY)) : num(START + i * DAY),
                    "equity", value) : value);
        }
        return a;
    }

    private J trades(int n) {
        Arr a = new Arr();
        boolean strings = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            double price = 100 + random.nextInt(5000) / 10.0;
            a.add(obj("timestamp", strings ? str(Long.toString(START + i * DAY)) : num(START + i * DAY),
                    "symbol", str(i % 2 == 0 ? "SPY" : "QQQ"), "side", str(i % 2 == 0 ? "buy" : "sell"),
                    "quantity", strings ? str(Integer.toString(10 + i)) : num(10 + i),
                    "price", strings ? str(fmt(price)) : num(price), "commission", strings ? str("1.0") : num(1.0)));
        }
        return a;
    }

    private J windows(int n) {
        Arr a = new Arr();
        for (int i = 0; i < n; i++) {
            String trainStart = (2015 + i) + "-01-01";
            a.add(obj("window_id", num(i + 1), "train_start", str(trainStart), "train_end", str((2016 + i) + "-12-31"),
                    "test_start", str((2017 + i) + "-01-01"), "test_end", str((2017 + i) + "-06-30"),
                    "train_sharpe", num(1.2 + i / 10.0), "test_sharpe", num(0.8 + i / 20.0),
                    "train_return", num(14.5), "test_return", num(6.25), "train_drawdown", num(-9.5),
                    "test_drawdown", num(-12.0), "degradation", num(0.33)));
        }
        return a;
    }

    private J gate(String gateType) {
        String t = gateType == null ? "" : gateType.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "dev" -> {
                Arr checks = new Arr();
                for (String name : List.of("tests_pass", "lint_clean", "no_lookahead", "reproducible")) {
                    checks.add(obj("check_name", str(name), "passed", lit("true"), "description",
                            str("Checks " + name.replace('_', ' ')), "message", str("OK")));
                }
                yield obj("checks", checks, "gate_status", str("PASSED"));
            }
            case "crv" -> obj("min_sharpe_threshold", num(1.0), "max_drawdown_threshold", num(-20),
                    "min_return_threshold", num(5), "actual_sharpe", num(1.4), "actual_drawdown", num(-12.5),
                    "actual_return", num(14.2), "sharpe_pass", lit("true"), "drawdown_pass", lit("true"),
                    "return_pass", lit("true"), "gate_status", str("PASSED"));
            case "product" -> obj("recommendation", str("APPROVE"), "production_ready", lit("true"), "readiness",
                    obj("score", num(86.5), "checks", obj("risk_review", lit("true"), "capacity", lit("true"),
                            "monitoring", lit("true"))), "gate_status", str("PASSED"));
            default -> obj("gate_status", str("PASSED"), "details", obj("note", str("a gate this client does not know"),
                    "score", num(3)));
        };
    }

    /** The parts of a valid value whose loss a reader must survive, and how many are "known" (counted by screens). */
    private record Counted(int all, int known) {
    }

    private static Counted parts(Column column, J valid) {
        if (column == Column.METRICS) {
            return new Counted(((Obj) valid).members.size(), METRIC_KEYS.size());
        }
        int n = valid instanceof Arr a ? a.items.size() : valid instanceof Obj o ? o.members.size() : 1;
        return new Counted(n, n);
    }

    // --- whole-value mutations ----------------------------------------------------------------------------

    /** parameters, instruments and results are NOT NULL columns. */
    private static boolean nullable(Column column) {
        return column != Column.PARAMETERS && column != Column.INSTRUMENTS && column != Column.GATE_RESULTS;
    }

    private static boolean knownGate(String gateType) {
        String t = gateType == null ? "" : gateType.strip().toLowerCase(Locale.ROOT);
        return t.equals("dev") || t.equals("crv") || t.equals("product");
    }

    private Value whole(Column column, Mutation m, J valid, String gateType) {
        J j = switch (m) {
            case SQL_NULL -> null;
            case JSON_NULL -> lit("null");
            case TEXT -> str(pick(new String[] {"n/a", "", "[1, 2, 3]", LONG_TEXT, "{\"not\": \"json\""}));
            case NUMBER -> lit(pick(new String[] {"42", "1e308", "-0", HUGE_DIGITS.substring(0, 20), "5e-324"}));
            case BOOLEAN -> lit(random.nextBoolean() ? "true" : "false");
            case EMPTY_ARRAY -> new Arr();
            case EMPTY_OBJECT -> new Obj();
            case SWAPPED -> swapped(valid);
            default -> new Deep(TOO_DEEP, random.nextBoolean(), valid); // WRAPPED_DEEP
        };
        // what stays readable depends on the column: an object for an array of trades or windows is read as rows,
        // an empty metrics object has no statistics (but no wrong shape either), parameters and instruments have no
        // shape to be wrong about
        Expect e = switch (column) {
            case INSTRUMENTS, VALIDATION_METRICS -> Expect.PARTLY;
            case PARAMETERS -> m == Mutation.WRAPPED_DEEP ? Expect.BROKEN : Expect.PARTLY;
            case TRADES, WINDOWS -> m == Mutation.SWAPPED ? Expect.PARTLY : Expect.BROKEN;
            case METRICS -> m == Mutation.EMPTY_OBJECT ? Expect.PARTLY : Expect.BROKEN;
            // a gate type the client does not know is shown as stored, whatever it holds
            case GATE_RESULTS -> m == Mutation.WRAPPED_DEEP ? Expect.BROKEN
                    : m == Mutation.EMPTY_OBJECT || !knownGate(gateType) ? Expect.PARTLY : Expect.BROKEN;
            case EQUITY_CURVE -> Expect.BROKEN;
        };
        String shown = j == null ? "SQL NULL" : shorten(write(j));
        String hint = m == Mutation.WRAPPED_DEEP && column != Column.EQUITY_CURVE && sayable(column) ? "levels" : null;
        return new Value(column, m, j == null ? null : write(j), column + ": " + m + " " + shown, e, -1, hint,
                m == Mutation.WRAPPED_DEEP ? 9 : 3);
    }

    /** Columns a screen reads as a whole (and so can say why it cannot); instruments and validation metrics are shown as text. */
    private static boolean sayable(Column column) {
        return column != Column.INSTRUMENTS && column != Column.VALIDATION_METRICS;
    }

    private J swapped(J valid) {
        if (valid instanceof Arr a) {
            Obj o = new Obj();
            for (int i = 0; i < a.items.size(); i++) {
                o.put("k" + i, a.items.get(i));
            }
            return o;
        }
        if (valid instanceof Obj o) {
            Arr a = new Arr();
            o.members.forEach(m -> a.add(m.value));
            return a;
        }
        return arr(valid);
    }

    // --- mutations inside the value -----------------------------------------------------------------------

    private record Broken(J json, String label, Expect expect, int intact, String hint) {
    }

    private Broken combo(Column column, J valid, Counted parts) {
        Mutation[] local = {Mutation.LEAF_TYPE, Mutation.NUMERIC_TEXT, Mutation.EXTREME_NUMBER, Mutation.ODD_KEY,
            Mutation.DUPLICATE_KEY, Mutation.ODD_TEXT, Mutation.MISSING_KEY, Mutation.EXTRA_KEYS,
            Mutation.DEEP_LEAF_READABLE};
        J j = valid;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Broken b = part(column, local[random.nextInt(local.length)], j, parts);
            j = b.json;
            labels.add(b.label);
        }
        return new Broken(j, "COMBO " + String.join(" + ", labels), Expect.PARTLY, -1, null);
    }

    private Broken part(Column column, Mutation m, J valid, Counted parts) {
        boolean curve = column == Column.EQUITY_CURVE;
        switch (m) {
            case SHORT -> {
                if (valid instanceof Arr a) {
                    int keep = random.nextInt(3);
                    a.items.subList(Math.min(keep, a.items.size()), a.items.size()).clear();
                    // no points is a problem for a curve; one or two points draw (with a note)
                    return new Broken(a, m + " to " + keep + " elements", keep == 0 && sayable(column)
                            ? Expect.BROKEN : Expect.PARTLY, curve ? keep : -1, null);
                }
                return local(column, Mutation.MISSING_KEY, valid, parts);
            }
            case NESTED_ARRAYS -> {
                if (valid instanceof Arr a) {
                    for (int i = 0; i < a.items.size(); i++) {
                        a.items.set(i, arr(num(START + i * DAY), a.items.get(i)));
                    }
                    // trades and windows list arrays apart as unreadable entries
                    return new Broken(a, m.toString(), curve ? Expect.BROKEN : Expect.PARTLY, -1, null);
                }
                return local(column, Mutation.LEAF_TYPE, valid, parts);
            }
            case OBJECT_FOR_ARRAY -> {
                if (valid instanceof Arr a) {
                    Obj o = new Obj();
                    for (int i = 0; i < a.items.size(); i++) {
                        o.put("id-" + i, a.items.get(i));
                    }
                    return new Broken(o, m.toString(), curve ? Expect.BROKEN : Expect.PARTLY, -1, null);
                }
                return local(column, Mutation.EXTRA_KEYS, valid, parts);
            }
            case MIXED_ELEMENTS -> {
                if (valid instanceof Arr a && !a.items.isEmpty()) {
                    a.items.add(random.nextInt(a.items.size()), a.items.get(0) instanceof Obj ? num(1) : obj("a", num(1)));
                    a.items.add(lit("null"));
                    a.items.add(str("n/a"));
                    return new Broken(a, m.toString(), curve ? Expect.BROKEN : Expect.PARTLY, -1, null);
                }
                return local(column, Mutation.LEAF_TYPE, valid, parts);
            }
            case TIMESTAMPS -> {
                return timestamps(column, valid, parts);
            }
            case HUGE -> {
                return huge(column, valid, parts);
            }
            default -> {
                return local(column, m, valid, parts);
            }
        }
    }

    /** One mutation at one place inside one part (a child of the root); the other parts stay as they were. */
    private Broken local(Column column, Mutation m, J valid, Counted parts) {
        if (!(valid instanceof Arr) && !(valid instanceof Obj)) {
            return new Broken(valid, m + " (nothing to change)", Expect.PARTLY, -1, null);
        }
        List<J> children = children(valid);
        if (children.isEmpty()) {
            return new Broken(valid, m + " (empty)", Expect.PARTLY, -1, null);
        }
        int p = random.nextInt(children.size());
        String partName = valid instanceof Obj o ? o.members.get(p).key : "[" + p + "]";
        boolean known = column != Column.METRICS || METRIC_KEYS.contains(partName);
        boolean curve = column == Column.EQUITY_CURVE;
        String what;
        Expect expect = Expect.PARTLY;
        String hint = null;
        boolean touched = true;
        switch (m) {
            case LEAF_TYPE -> {
                J other = pick(new J[] {str("n/a"), num(7), lit("true"), lit("null"), arr(num(1), str("x")),
                    obj("x", num(1))});
                what = "→ " + write(other);
                replaceAtAnyLevel(valid, p, other); // a leaf, or an object or array on the way to one
                // a curve of numbers with an array or object in it is another shape altogether
                touched = true;
                if (curve && (other instanceof Arr || other instanceof Obj)) {
                    return new Broken(valid, m + " at " + partName + " " + what, Expect.PARTLY, -1, null);
                }
            }
            case NUMERIC_TEXT -> {
                String t = pick(new String[] {"n/a", "NaN", "Infinity", "-Infinity", "", "   ", "1,5", "12%", "0x10"});
                what = "→ \"" + t + "\"";
                touched = replaceNumber(valid, p, str(t));
            }
            case EXTREME_NUMBER -> {
                String t = pick(new String[] {"1e308", "-1e308", "5e-324", "-5e-324", THOUSAND_DIGITS, "1e-400",
                    "1e999", "-0", "123456789012345678901234567890.5"});
                what = "→ " + shorten(t);
                touched = replaceNumber(valid, p, lit(t));
            }
            case HUGE_NUMBER -> {
                // 1,500 digits is past Jackson's default limit but a number all the same; 20,000 is past any limit
                boolean beyond = random.nextInt(4) == 0;
                what = beyond ? "→ a 20,000-digit number" : "→ a 1,500-digit number";
                touched = replaceNumber(valid, p, lit(beyond ? BEYOND_DIGITS : HUGE_DIGITS));
                if (touched && beyond && sayable(column)) {
                    expect = Expect.BROKEN;
                    hint = "digits";
                }
            }
            case DEEP_LEAF, DEEP_LEAF_READABLE -> {
                int levels = m == Mutation.DEEP_LEAF ? TOO_DEEP : DEEP_BUT_READABLE;
                boolean objects = random.nextBoolean();
                what = "→ " + levels + " levels of " + (objects ? "objects" : "arrays");
                replaceLeaf(valid, p, x -> new Deep(levels, objects, x));
                if (m == Mutation.DEEP_LEAF && !curve && sayable(column)) {
                    expect = Expect.BROKEN;
                    hint = "levels";
                } else if (curve || m == Mutation.DEEP_LEAF) {
                    return new Broken(valid, m + " at " + partName + " " + what, Expect.PARTLY, -1, null);
                }
            }
            case ODD_KEY -> {
                String k = pick(new String[] {"", "   ", LONG_TEXT, "🚀 שלום", "\u0000", "a\tb\nc", "\"quoted\\"});
                what = "key → \"" + shorten(k) + "\"";
                touched = renameKey(valid, p, k);
            }
            case DUPLICATE_KEY -> {
                what = "a duplicate key";
                touched = duplicateKey(valid, p);
            }
            case ODD_TEXT -> {
                String t = pick(new String[] {LONG_TEXT, "🚀 שלום \u202Eevil", "a\u0000b", "", "<b>bold</b>\n\t'x'",
                    "\uD83D", "\\u0000"});
                what = "text → \"" + shorten(t) + "\"";
                touched = replaceText(valid, p, str(t));
            }
            case MISSING_KEY -> {
                what = "a key removed";
                touched = removeKey(valid, p);
            }
            case EXTRA_KEYS -> {
                what = "extra keys";
                touched = false; // extra keys must not take anything away
                addKeys(valid, p);
            }
            default -> throw new IllegalArgumentException(m.toString());
        }
        int intact = parts.known - (touched && known ? 1 : 0);
        return new Broken(valid, m + " at " + partName + " " + what, expect, expect == Expect.BROKEN ? -1 : intact, hint);
    }

    private Broken timestamps(Column column, J valid, Counted parts) {
        if (column != Column.EQUITY_CURVE && column != Column.TRADES && column != Column.WINDOWS) {
            return local(column, Mutation.ODD_TEXT, valid, parts);
        }
        if (!(valid instanceof Arr a) || a.items.isEmpty() || !(a.items.get(0) instanceof Obj)) {
            // a curve without dates: make it dated, going backwards
            return new Broken(curveBackwards(), "TIMESTAMPS backwards", Expect.BROKEN, -1, null);
        }
        String kind = pick(new String[] {"iso", "garbage", "negative", "beyond 9999", "backwards", "millis", "mixed"});
        for (int i = 0; i < a.items.size(); i++) {
            Obj o = (Obj) a.items.get(i);
            String key = column == Column.WINDOWS ? "test_start" : "timestamp";
            long t = START + i * DAY;
            J v = switch (kind) {
                case "iso" -> str(java.time.Instant.ofEpochSecond(t).toString().replace("T", " ").replace("Z", ""));
                case "garbage" -> i == 0 ? str("yesterday") : num(t);
                case "negative" -> num(-t);
                case "beyond 9999" -> i == a.items.size() - 1 ? str("10000-01-01") : num(253_402_300_800L + i * DAY);
                case "backwards" -> num(START - i * DAY);
                case "millis" -> num(t * 1000);
                default -> i % 2 == 0 ? str(Long.toString(t)) : str(java.time.Instant.ofEpochSecond(t).toString());
            };
            o.set(key, v);
        }
        // a curve whose times go backwards cannot be drawn; dates beyond the calendar drop their points
        return new Broken(a, "TIMESTAMPS " + kind, Expect.PARTLY, column == Column.EQUITY_CURVE ? -1 : parts.known,
                null);
    }

    private J curveBackwards() {
        Arr a = new Arr();
        for (int i = 0; i < 5; i++) {
            a.add(obj("timestamp", num(START - i * DAY), "equity", num(100 + i)));
        }
        return a;
    }

    private Broken huge(Column column, J valid, Counted parts) {
        int n = huge.merge(column, 1, Integer::sum);
        if (n > HUGE_VALUES) {
            return local(column, Mutation.EXTRA_KEYS, valid, parts);
        }
        return switch (column) {
            case EQUITY_CURVE -> {
                // over 256 KB of jsonb: the server reads it out as numbers (CurveColumn), odd points included
                Arr a = (Arr) curve(30_000, random.nextBoolean());
                a.items.set(random.nextInt(a.items.size()), str("n/a"));
                yield new Broken(a, "HUGE curve of 30,000 points, one \"n/a\"", Expect.PARTLY, 29_999, null);
            }
            case TRADES -> new Broken(trades(3_000), "HUGE 3,000 trades", Expect.VALID, 3_000, null);
            case WINDOWS -> new Broken(windows(600), "HUGE 600 windows", Expect.VALID, 600, null);
            default -> {
                Obj o = valid instanceof Obj v ? v : obj("value", valid);
                for (int i = 0; i < 2_000; i++) {
                    o.put("extra_" + i, num(i));
                }
                yield new Broken(o, "HUGE 2,000 extra keys", Expect.PARTLY, parts.known, null);
            }
        };
    }

    // --- tree surgery -------------------------------------------------------------------------------------

    private static List<J> children(J j) {
        if (j instanceof Arr a) {
            return a.items;
        }
        if (j instanceof Obj o) {
            List<J> out = new ArrayList<>();
            o.members.forEach(m -> out.add(m.value));
            return out;
        }
        return List.of();
    }

    private static void setChild(J parent, int i, J child) {
        if (parent instanceof Arr a) {
            a.items.set(i, child);
        } else {
            Obj o = (Obj) parent;
            o.members.set(i, new Member(o.members.get(i).key, child));
        }
    }

    /** Replaces a random leaf under child {@code p} of {@code root} (or the child itself when it is a leaf). */
    private void replaceLeaf(J root, int p, Function<J, J> with) {
        J parent = root;
        int index = p;
        J at = children(root).get(p);
        while ((at instanceof Arr || at instanceof Obj) && !children(at).isEmpty()) {
            parent = at;
            index = random.nextInt(children(at).size());
            at = children(at).get(index);
        }
        setChild(parent, index, with.apply(at));
    }

    /** Replaces the node at a random depth on a random path down from child {@code p} of {@code root}. */
    private void replaceAtAnyLevel(J root, int p, J with) {
        J parent = root;
        int index = p;
        J at = children(root).get(p);
        while ((at instanceof Arr || at instanceof Obj) && !children(at).isEmpty() && random.nextInt(3) > 0) {
            parent = at;
            index = random.nextInt(children(at).size());
            at = children(at).get(index);
        }
        setChild(parent, index, with);
    }

    /** Replaces a number (or numeric string) under child {@code p}; false when there is none. */
    private boolean replaceNumber(J root, int p, J with) {
        return replaceWhere(root, p, JsonFuzz::numberLike, with);
    }

    private boolean replaceText(J root, int p, J with) {
        return replaceWhere(root, p, x -> x instanceof Lit l && l.json.startsWith("\""), with);
    }

    private static boolean numberLike(J x) {
        if (!(x instanceof Lit l)) {
            return false;
        }
        String t = l.json.startsWith("\"") ? l.json.substring(1, l.json.length() - 1) : l.json;
        return t.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    }

    private boolean replaceWhere(J root, int p, java.util.function.Predicate<J> which, J with) {
        List<J[]> found = new ArrayList<>(); // {parent, index as Lit}
        collect(root, p, which, found);
        if (found.isEmpty()) {
            return false;
        }
        J[] f = found.get(random.nextInt(found.size()));
        setChild(f[0], Integer.parseInt(((Lit) f[1]).json), with);
        return true;
    }

    private static void collect(J parent, int index, java.util.function.Predicate<J> which, List<J[]> out) {
        J at = children(parent).get(index);
        if (which.test(at)) {
            out.add(new J[] {parent, new Lit(Integer.toString(index))});
        }
        for (int i = 0; i < children(at).size(); i++) {
            collect(at, i, which, out);
        }
    }

    /** The objects under child {@code p} (the child itself included). */
    private static List<Obj> objects(J root, int p) {
        List<Obj> out = new ArrayList<>();
        List<J> todo = new ArrayList<>(List.of(children(root).get(p)));
        if (root instanceof Obj o) {
            out.add(o);
        }
        while (!todo.isEmpty()) {
            J j = todo.remove(todo.size() - 1);
            if (j instanceof Obj o) {
                out.add(o);
            }
            todo.addAll(children(j));
        }
        return out;
    }

    private boolean renameKey(J root, int p, String key) {
        List<Obj> objects = objects(root, p).stream().filter(o -> o != root && !o.members.isEmpty()).toList();
        if (objects.isEmpty()) {
            return false;
        }
        Obj o = objects.get(random.nextInt(objects.size()));
        int i = random.nextInt(o.members.size());
        o.members.set(i, new Member(key, o.members.get(i).value));
        return true;
    }

    private boolean duplicateKey(J root, int p) {
        List<Obj> objects = objects(root, p).stream().filter(o -> o != root && !o.members.isEmpty()).toList();
        if (objects.isEmpty()) {
            if (root instanceof Obj o) { // a top-level key twice: {"sharpe_ratio": 1.4, "sharpe_ratio": "…"}
                o.members.add(new Member(o.members.get(p).key, str("duplicate")));
                return true;
            }
            return false;
        }
        Obj o = objects.get(random.nextInt(objects.size()));
        Member m = o.members.get(random.nextInt(o.members.size()));
        o.members.add(new Member(m.key, str("duplicate of " + m.key)));
        return true;
    }

    private boolean removeKey(J root, int p) {
        List<Obj> objects = objects(root, p).stream().filter(o -> o != root && !o.members.isEmpty()).toList();
        if (objects.isEmpty()) {
            if (root instanceof Obj o) {
                o.members.remove(p);
                return true;
            }
            return false;
        }
        Obj o = objects.get(random.nextInt(objects.size()));
        o.members.remove(random.nextInt(o.members.size()));
        return true;
    }

    private void addKeys(J root, int p) {
        List<Obj> objects = objects(root, p);
        if (objects.isEmpty()) {
            return;
        }
        Obj o = objects.get(random.nextInt(objects.size()));
        o.put("unknown_" + random.nextInt(100), obj("nested", arr(num(1), str("two"), lit("null"))));
        o.put("added_by_a_newer_api", str("v2"));
    }

    // --- a small JSON model that can hold what JSON libraries refuse to write --------------------------------

    /** A JSON value. */
    sealed interface J permits Lit, Arr, Obj, Deep {
    }

    /** A literal: number, true, false, null, or an encoded string. */
    record Lit(String json) implements J {
    }

    /** An array (mutable). */
    record Arr(List<J> items) implements J {
        Arr() {
            this(new ArrayList<>());
        }

        void add(J j) {
            items.add(j);
        }
    }

    /** A key and its value; the key is kept as given (empty, blank, NUL, 10,000 characters). */
    record Member(String key, J value) {
    }

    /** An object (mutable); keys may repeat. */
    record Obj(List<Member> members) implements J {
        Obj() {
            this(new ArrayList<>());
        }

        void put(String key, J value) {
            members.add(new Member(key, value));
        }

        void set(String key, J value) {
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).key.equals(key)) {
                    members.set(i, new Member(key, value));
                    return;
                }
            }
            put(key, value);
        }
    }

    /** {@code inner} inside {@code levels} arrays (or single-key objects): written without recursion. */
    record Deep(int levels, boolean objects, J inner) implements J {
    }

    private static Arr arr(J... items) {
        return new Arr(new ArrayList<>(List.of(items)));
    }

    private static Obj obj(Object... keysAndValues) {
        Obj o = new Obj();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            o.put((String) keysAndValues[i], (J) keysAndValues[i + 1]);
        }
        return o;
    }

    private static Lit lit(String json) {
        return new Lit(json);
    }

    private static Lit num(double v) {
        return new Lit(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
    }

    private Lit str(String s) {
        return new Lit(encode(s));
    }

    private String encode(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)));
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == 0 && jsonb) {
                b.append("\\\\u0000"); // jsonb refuses \u0000: store the escape's visible text instead
            } else if (lone) {
                b.append(jsonb ? "\uFFFD" : String.format("\\u%04x", (int) c));
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** The JSON text of a value. */
    String write(J j) {
        StringBuilder b = new StringBuilder();
        write(j, b);
        return b.toString();
    }

    private void write(J j, StringBuilder b) {
        if (j instanceof Lit l) {
            b.append(l.json);
        } else if (j instanceof Arr a) {
            b.append('[');
            for (int i = 0; i < a.items.size(); i++) {
                b.append(i == 0 ? "" : ", ");
                write(a.items.get(i), b);
            }
            b.append(']');
        } else if (j instanceof Obj o) {
            b.append('{');
            for (int i = 0; i < o.members.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(encode(o.members.get(i).key)).append(": ");
                write(o.members.get(i).value, b);
            }
            b.append('}');
        } else {
            Deep d = (Deep) j;
            b.append((d.objects ? "{\"a\": " : "[").repeat(d.levels));
            write(d.inner, b);
            b.append((d.objects ? "}" : "]").repeat(d.levels));
        }
    }

    /** Ten thousand characters of {@code unit} repeated, never ending inside a surrogate pair. */
    private static String tenThousand(String unit) {
        String s = unit.repeat(10_000 / unit.length() + 1);
        int end = Character.isHighSurrogate(s.charAt(9_999)) ? 9_999 : 10_000;
        return s.substring(0, end) + "x".repeat(10_000 - end);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String shorten(String s) {
        String one = s.replace("\n", "\\n").replace("\u0000", "\\0");
        return one.length() > 40 ? one.substring(0, 40) + "…(" + s.length() + " chars)" : one;
    }

    static int severity(Mutation m) {
        return switch (m) {
            case DEEP_LEAF, HUGE_NUMBER, WRAPPED_DEEP -> 9;
            case HUGE, COMBO, ODD_KEY, ODD_TEXT -> 7;
            case EXTREME_NUMBER, DUPLICATE_KEY, TIMESTAMPS, DEEP_LEAF_READABLE -> 6;
            case NESTED_ARRAYS, OBJECT_FOR_ARRAY, MIXED_ELEMENTS, LEAF_TYPE -> 5;
            default -> 3;
        };
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
