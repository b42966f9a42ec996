package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.results.CurveProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurveParserTest {

    private static Curve curve(String json) {
        CurveResult r = CurveParser.parse(json);
        assertThat(r).as("parse of %s", json).isInstanceOf(Curve.class);
        return (Curve) r;
    }

    private static CurveProblem problem(String json) {
        CurveResult r = CurveParser.parse(json);
        assertThat(r).as("parse of %s", json).isInstanceOf(CurveProblem.class);
        return (CurveProblem) r;
    }

    @Test
    void arrayOfNumbersHasValuesAndNoDates() {
        Curve c = curve("[100000, 100010.5, 99990, 1e5]");
        assertThat(c.values()).containsExactly(100000, 100010.5, 99990, 100000);
        assertThat(c.count()).isEqualTo(4);
        assertThat(c.hasTimestamps()).isFalse();
        assertThat(c.skipped()).isZero();
        assertThat(c.note()).isNull();
        assertThat(c.xAxis()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void numbersAsStringsAreNumbers() {
        Curve c = curve("[\"100000\", \" 100010.5 \", \"-3\"]");
        assertThat(c.values()).containsExactly(100000, 100010.5, -3);
    }

    @Test
    void engineObjectsWithStringValuesAndEpochSecondStrings() {
        Curve c = curve("[{\"timestamp\": \"1700000000\", \"equity\": \"100000.5\"},"
                + " {\"timestamp\": \"1700086400\", \"equity\": \"100100\"}]");
        assertThat(c.values()).containsExactly(100000.5, 100100);
        assertThat(c.epochSeconds()).containsExactly(1_700_000_000L, 1_700_086_400L);
        assertThat(c.instant(1)).isEqualTo(Instant.ofEpochSecond(1_700_086_400L));
        assertThat(c.xAxis()).containsExactly(1.7e9, 1_700_086_400d);
    }

    @Test
    void equityAndTimestampWinOverTheOtherNamesInAnyKeyOrder() {
        Curve c = curve("[{\"portfolio_value\": 7, \"date\": \"2020-01-01\", \"equity\": 1, \"timestamp\": 10},"
                + " {\"timestamp\": 20, \"equity\": 2, \"value\": 8, \"portfolio_value\": 9, \"time\": 99}]");
        assertThat(c.values()).containsExactly(1, 2);
        assertThat(c.epochSeconds()).containsExactly(10L, 20L);
        assertThat(curve("[{\"value\": 3, \"portfolio_value\": 4}]").values()).containsExactly(4);
    }

    @Test
    void objectsWithNumbersAndExtraKeysIgnored() {
        Curve c = curve("[{\"equity\": 1, \"timestamp\": 10, \"note\": {\"a\": [1, 2]}, \"cash\": \"x\"},"
                + " {\"extra\": [[1]], \"timestamp\": 20.9, \"equity\": 2}]");
        assertThat(c.values()).containsExactly(1, 2);
        assertThat(c.epochSeconds()).containsExactly(10L, 20L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1700000000|1700000000",
        "\"1700000000\"|1700000000",
        "1700000000123|1700000000",
        "\"1700000000123\"|1700000000",
        "1700000000123456|1700000000",
        "1700000000123456789|1700000000",
        "\"2024-01-02\"|1704153600",
        "\"2024-01-02T00:00:00Z\"|1704153600",
        "\"2024-01-02T00:00:00\"|1704153600",
        "\"2024-01-02 00:00:00\"|1704153600",
        "\"2024-01-02T01:00:00+01:00\"|1704153600",
        "\"2024-01-02T00:00:00.250Z\"|1704153600",
    })
    void timestampForms(String json, long expected) {
        Curve c = curve("[{\"timestamp\": " + json + ", \"equity\": 5}]");
        assertThat(c.epochSeconds()).containsExactly(expected);
    }

    @Test
    void otherValueAndTimeNames() {
        Curve c = curve("[{\"date\": \"2024-01-02\", \"value\": 1}, {\"date\": \"2024-01-03\", \"portfolio_value\": 2}]");
        assertThat(c.values()).containsExactly(1, 2);
        assertThat(c.hasTimestamps()).isTrue();
    }

    @Test
    void objectsWithoutAnyTimeMakeACurveWithoutDates() {
        Curve c = curve("[{\"equity\": 1}, {\"equity\": \"2\"}]");
        assertThat(c.values()).containsExactly(1, 2);
        assertThat(c.hasTimestamps()).isFalse();
    }

    @Test
    void objectsMissingTheirTimeAmongDatedOnesAreLeftOut() {
        Curve c = curve("[{\"timestamp\": 1, \"equity\": 1}, {\"equity\": 2}, {\"timestamp\": \"n/a\", \"equity\": 3},"
                + " {\"timestamp\": 4, \"equity\": 4}]");
        assertThat(c.values()).containsExactly(1, 4);
        assertThat(c.epochSeconds()).containsExactly(1L, 4L);
        assertThat(c.skipped()).isEqualTo(2);
    }

    @Test
    void unreadablePointsAreSkippedAndCounted() {
        Curve c = curve("[100, \"n/a\", null, 101, \"\", true, NaN, 102]");
        assertThat(c.values()).containsExactly(100, 101, 102);
        assertThat(c.skipped()).isEqualTo(5);
        assertThat(c.note()).contains("5 unreadable points were left out");
    }

    @Test
    void unreadableEquityInObjectsIsSkipped() {
        Curve c = curve("[{\"timestamp\": 1, \"equity\": \"n/a\"}, {\"timestamp\": 2, \"equity\": null},"
                + " {\"timestamp\": 3, \"equity\": {\"v\": 1}}, {\"timestamp\": 4, \"equity\": [1]},"
                + " {\"timestamp\": 5, \"equity\": 7}, null, \"n/a\"]");
        assertThat(c.values()).containsExactly(7);
        assertThat(c.skipped()).isEqualTo(6);
    }

    @Test
    void allPointsUnreadableIsAProblem() {
        CurveProblem p = problem("[\"n/a\", null, \"n/a\"]");
        assertThat(p.kind()).isEqualTo(Kind.NO_READABLE_POINTS);
        assertThat(p.message()).contains("None of the 3 points").contains("n/a");
    }

    @Test
    void onePointIsAValidCurveThatSaysSo() {
        Curve c = curve("[{\"timestamp\": 1700000000, \"equity\": \"100000\"}]");
        assertThat(c.isSinglePoint()).isTrue();
        assertThat(c.note()).contains("one point");
        assertThat(curve("[5]").isSinglePoint()).isTrue();
    }

    @Test
    void noPoints() {
        assertThat(problem("[]").kind()).isEqualTo(Kind.NO_POINTS);
        assertThat(problem(" [ ] ").message()).isEqualTo("The equity curve has no points.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null"})
    void emptyColumn(String json) {
        assertThat(problem(json).kind()).isEqualTo(Kind.EMPTY);
    }

    @Test
    void nullColumn() {
        assertThat(((CurveProblem) CurveParser.parse((String) null)).kind()).isEqualTo(Kind.EMPTY);
        assertThat(((CurveProblem) CurveParser.parse((java.io.Reader) null)).kind()).isEqualTo(Kind.EMPTY);
    }

    @Test
    void objectInsteadOfArray() {
        CurveProblem p = problem("{\"equity\": [1, 2, 3]}");
        assertThat(p.kind()).isEqualTo(Kind.NOT_AN_ARRAY);
        assertThat(p.message()).contains("object, not an array");
    }

    @Test
    void singleValueInsteadOfArray() {
        assertThat(problem("42").kind()).isEqualTo(Kind.NOT_AN_ARRAY);
        assertThat(problem("\"n/a\"").message()).contains("single value (\"n/a\")");
    }

    @Test
    void nestedArrays() {
        CurveProblem p = problem("[[1700000000, 100], [1700086400, 101]]");
        assertThat(p.kind()).isEqualTo(Kind.NESTED_ARRAYS);
        assertThat(p.message()).contains("point 1 is an array");
        assertThat(problem("[1, 2, [3]]").message()).contains("point 3");
    }

    @Test
    void mixedShapes() {
        assertThat(problem("[1, {\"equity\": 2}]").kind()).isEqualTo(Kind.MIXED_SHAPES);
        assertThat(problem("[{\"equity\": 2}, \"3\"]").kind()).isEqualTo(Kind.MIXED_SHAPES);
        assertThat(curve("[\"n/a\", {\"equity\": 2}]").values()).containsExactly(2);
    }

    @Test
    void timestampsGoingBackwards() {
        CurveProblem p = problem("[{\"timestamp\": 3, \"equity\": 1}, {\"timestamp\": 2, \"equity\": 1}]");
        assertThat(p.kind()).isEqualTo(Kind.TIMESTAMPS_NOT_INCREASING);
        assertThat(p.message()).contains("point 2 of 2");
    }

    @Test
    void repeatedTimestampsAreAllowed() {
        assertThat(curve("[{\"timestamp\": 2, \"equity\": 1}, {\"timestamp\": 2, \"equity\": 1}]").count()).isEqualTo(2);
    }

    @Test
    void invalidJson() {
        CurveProblem p = problem("[1, 2, ");
        assertThat(p.kind()).isEqualTo(Kind.NOT_JSON);
        assertThat(problem("n/a").kind()).isEqualTo(Kind.NOT_JSON);
    }

    @Test
    void readerAndStreamGiveTheSameCurve() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"timestamp\":\"").append(1_600_000_000L + 86_400L * i)
                    .append("\",\"equity\":\"").append(100000 + i * 0.5).append("\"}");
        }
        String text = json.append(']').toString();
        Curve fromReader = (Curve) CurveParser.parse(new StringReader(text));
        Curve fromStream = (Curve) CurveParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        Curve fromString = curve(text);
        assertThat(fromReader.count()).isEqualTo(100_000);
        assertThat(fromReader.values()).isEqualTo(fromString.values());
        assertThat(fromStream.epochSeconds()).isEqualTo(fromString.epochSeconds());
        assertThat(fromString.values()[99_999]).isEqualTo(100000 + 99_999 * 0.5);
        assertThat(fromString.values()).hasSize(100_000);
    }

    @Test
    void theCallersStreamIsLeftOpen() throws Exception {
        StringReader reader = new StringReader("[1, 2]");
        assertThat(CurveParser.parse(reader).isCurve()).isTrue();
        assertThat(reader.ready()).isTrue();
    }

    @Test
    void nonLatinAndMarkupInJunkDoNotBreakTheMessage() {
        CurveProblem p = problem("[\"<b>日本語\\n\\t\\\"quoted\\\"</b>\"]");
        assertThat(p.kind()).isEqualTo(Kind.NO_READABLE_POINTS);
    }
}
