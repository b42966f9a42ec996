package io.aurelius.admin.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.aurelius.admin.results.CurveProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Parses a {@code backtests.equity_curve} column with Jackson's streaming parser straight into
 * primitive arrays (no tree, no list of maps, no boxing).
 *
 * <p>Accepted shapes:
 * <ul>
 *   <li>an array of numbers, numbers written as strings allowed: {@code [100000, "100010.5"]};</li>
 *   <li>an array of objects {@code {"timestamp": t, "equity": v}}; the value may also be called
 *       {@code value} or {@code portfolio_value}, the time {@code date}, {@code time} or
 *       {@code datetime}; other keys are ignored. Values may be strings. A time is an epoch
 *       number or numeric string whose unit is guessed from its size (below 10^11 seconds, below
 *       10^14 milliseconds, below 10^17 microseconds, else nanoseconds), or an ISO date
 *       ({@code 2024-01-02}, midnight UTC) or date-time ({@code 2024-01-02T00:00:00Z},
 *       {@code 2024-01-02 00:00:00}, {@code ...+00:00}; no offset means UTC).</li>
 * </ul>
 * Unreadable points ({@code "n/a"}, {@code null}, booleans, text, an object without a readable
 * value) are left out and counted in {@link Curve#skipped()}. Objects without any time make a
 * curve without dates; when only some objects lack a readable time those points are left out too.
 * Timestamps may repeat but must not go backwards.
 *
 * <p>Everything else is a {@link CurveProblem}: null or blank text, an object or a single value
 * instead of an array, an empty array, nested arrays, numbers mixed with objects, no readable point
 * at all, timestamps going backwards, invalid JSON. A curve of one point is a valid {@link Curve}
 * ({@link Curve#isSinglePoint()}).
 *
 * <p>Thread-safe: all methods are static and keep their state on the stack.
 */
public final class CurveParser {

    /**
     * The streaming parser keeps no recursion of its own, so a point may nest far deeper than a tree reader takes
     * (it is skipped); numbers as long as {@link Json} reads.
     */
    static final int MAX_DEPTH = 100_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(Json.MAX_DIGITS).build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private CurveParser() {
    }

    /** Parses JSON text; {@code null} or blank text is {@link Kind#EMPTY}. */
    public static CurveResult parse(String json) {
        if (json == null || json.isBlank()) {
            return empty();
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            return new Run(p, json.length() / 16).parse();
        } catch (JsonProcessingException e) {
            return notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON from a character stream (e.g. a JDBC column); the reader is not closed. */
    public static CurveResult parse(Reader reader) {
        if (reader == null) {
            return empty();
        }
        try (JsonParser p = FACTORY.createParser(reader)) {
            return new Run(p, 1024).parse();
        } catch (JsonProcessingException e) {
            return notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses UTF-8 (or UTF-16/32, detected) JSON bytes from a stream; the stream is not closed. */
    public static CurveResult parse(InputStream in) {
        if (in == null) {
            return empty();
        }
        try (JsonParser p = FACTORY.createParser(in)) {
            return new Run(p, 1024).parse();
        } catch (JsonProcessingException e) {
            return notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A curve from numbers the database already read out of a {@code jsonb} curve (see
     * {@code query.CurveColumn}): {@code values} per point and, for {@code {timestamp, equity}} objects, the raw
     * epoch numbers ({@code null} for plain numbers). Accepts only what {@link #parse(InputStream)} would read
     * to exactly the same curve: every value finite, every time going forward.
     *
     * @return the curve, or empty when the stored text must be parsed instead (it says what is wrong)
     */
    public static java.util.Optional<Curve> fromNumbers(double[] values, double[] rawTimes) {
        if (values.length == 0 || rawTimes != null && rawTimes.length != values.length) {
            return java.util.Optional.empty();
        }
        long[] times = rawTimes == null ? null : new long[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return java.util.Optional.empty();
            }
            if (times != null) {
                times[i] = Values.epochSeconds(rawTimes[i]);
                if (times[i] == PointBuffer.NO_TIME || i > 0 && times[i] < times[i - 1]) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.of(new Curve(values, times, values.length, 0));
    }

    private static CurveProblem empty() {
        return new CurveProblem(Kind.EMPTY, "The equity curve is empty (nothing is stored).");
    }

    private static CurveProblem notJson(JsonProcessingException e) {
        String limit = Json.limit(e);
        if (limit != null) {
            return new CurveProblem(Kind.NOT_JSON, "The equity curve cannot be read: " + limit + ".");
        }
        var at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new CurveProblem(Kind.NOT_JSON, "The equity curve is not valid JSON (broken" + where + ").");
    }

    /** One parse: the parser, the buffer and the counters. */
    private static final class Run {
        private enum Shape { UNKNOWN, NUMBERS, OBJECTS }

        private final JsonParser p;
        private final PointBuffer points;
        private Shape shape = Shape.UNKNOWN;
        private int elements;
        private int bad;
        private String firstBad;
        private int withoutTime;

        Run(JsonParser p, int capacity) {
            this.p = p;
            this.points = new PointBuffer(capacity);
        }

        CurveResult parse() throws IOException {
            JsonToken first = p.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return empty();
            }
            if (first != JsonToken.START_ARRAY) {
                return notAnArray(first);
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                CurveProblem problem = element(t);
                if (problem != null) {
                    return problem;
                }
                elements++;
            }
            return finish();
        }

        private CurveProblem notAnArray(JsonToken first) throws IOException {
            if (first == JsonToken.START_OBJECT) {
                return new CurveProblem(Kind.NOT_AN_ARRAY,
                        "The equity curve is a JSON object, not an array of points.");
            }
            return new CurveProblem(Kind.NOT_AN_ARRAY,
                    "The equity curve is a single value (" + shorten(p.getText()) + "), not an array of points.");
        }

        /** @return a problem that ends the parse, or null to go on */
        private CurveProblem element(JsonToken t) throws IOException {
            switch (t) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return number(p.getDoubleValue());
                }
                case VALUE_STRING -> {
                    return number(Values.number(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
                }
                case START_OBJECT -> {
                    return object();
                }
                case START_ARRAY -> {
                    return new CurveProblem(Kind.NESTED_ARRAYS, "The equity curve holds nested arrays (point "
                            + (elements + 1) + " is an array), not numbers or {timestamp, equity} objects.");
                }
                default -> {
                    badPoint();
                    return null;
                }
            }
        }

        private CurveProblem number(double value) throws IOException {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                badPoint();
                return null;
            }
            if (shape == Shape.OBJECTS) {
                return mixed();
            }
            shape = Shape.NUMBERS;
            points.add(value, PointBuffer.NO_TIME);
            return null;
        }

        private CurveProblem object() throws IOException {
            if (shape == Shape.NUMBERS) {
                return mixed();
            }
            shape = Shape.OBJECTS;
            double value = Double.NaN;
            long time = PointBuffer.NO_TIME;
            int valueRank = 0;
            int timeRank = 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                int rank;
                if ((rank = VALUE_NAMES.indexOf(name) + 1) > valueRank) {
                    valueRank = rank;
                    value = scalarNumber(v);
                } else if ((rank = TIME_NAMES.indexOf(name) + 1) > timeRank) {
                    timeRank = rank;
                    time = scalarTime(v);
                } else {
                    p.skipChildren();
                }
            }
            if (Double.isNaN(value)) {
                bad++;
                firstBad = firstBad == null ? "an object without a readable equity" : firstBad;
                return null;
            }
            withoutTime += time == PointBuffer.NO_TIME ? 1 : 0;
            points.add(value, time);
            return null;
        }

        private double scalarNumber(JsonToken v) throws IOException {
            if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
                double d = p.getDoubleValue();
                return Double.isFinite(d) ? d : Double.NaN;
            }
            if (v == JsonToken.VALUE_STRING) {
                return Values.number(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            }
            p.skipChildren();
            return Double.NaN;
        }

        private long scalarTime(JsonToken v) throws IOException {
            if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                return Values.epochSeconds(p.getLongValue());
            }
            if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
                return Values.epochSeconds(p.getDoubleValue());
            }
            if (v == JsonToken.VALUE_STRING) {
                return Values.epochSeconds(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            }
            p.skipChildren();
            return PointBuffer.NO_TIME;
        }

        private void badPoint() throws IOException {
            bad++;
            if (firstBad == null) {
                firstBad = shorten(p.getText());
            }
            p.skipChildren();
        }

        private CurveProblem mixed() {
            return new CurveProblem(Kind.MIXED_SHAPES, "The equity curve mixes plain numbers and"
                    + " {timestamp, equity} objects (point " + (elements + 1) + ").");
        }

        private CurveResult finish() {
            if (elements == 0) {
                return new CurveProblem(Kind.NO_POINTS, "The equity curve has no points.");
            }
            if (points.size() == 0) {
                return new CurveProblem(Kind.NO_READABLE_POINTS, "None of the " + elements
                        + " points of the equity curve is a readable number (e.g. " + firstBad + ").");
            }
            boolean dated = shape == Shape.OBJECTS && withoutTime < points.size();
            int skipped = bad + (dated ? points.dropPointsWithoutTime() : 0);
            CurveProblem order = dated ? checkOrder() : null;
            if (order != null) {
                return order;
            }
            return new Curve(points.values(), dated ? points.times() : null, points.size(), skipped);
        }

        private CurveProblem checkOrder() {
            for (int i = 1; i < points.size(); i++) {
                if (points.time(i) < points.time(i - 1)) {
                    return new CurveProblem(Kind.TIMESTAMPS_NOT_INCREASING, "The equity curve's timestamps go"
                            + " backwards at point " + (i + 1) + " of " + points.size() + " ("
                            + Instant.ofEpochSecond(points.time(i)) + " follows "
                            + Instant.ofEpochSecond(points.time(i - 1)) + ").");
                }
            }
            return null;
        }
    }

    /**
     * The keys a point's value and time may have, the preferred last: when an object has several, the preferred
     * one counts whatever their order (jsonb stores keys by length, json as written).
     */
    private static final java.util.List<String> VALUE_NAMES = java.util.List.of("value", "portfolio_value", "equity");
    private static final java.util.List<String> TIME_NAMES = java.util.List.of("time", "date", "datetime", "timestamp");

    private static String shorten(String text) {
        if (text == null) {
            return "null";
        }
        String s = text.length() > 24 ? text.substring(0, 24) + "…" : text;
        return "\"" + s + "\"";
    }
}
