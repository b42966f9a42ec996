package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pure parts: reading JSON fragments and escaping search text. */
class ReadingsTest {

    @Test
    void numbersAndNumericStringsAreValuesTheRestIsKeptAsText() {
        assertThat(Readings.of("1.4")).isEqualTo(new Reading(1.4, "1.4"));
        assertThat(Readings.of("-8")).isEqualTo(new Reading(-8.0, "-8"));
        assertThat(Readings.of("\"12.5\"")).isEqualTo(new Reading(12.5, "12.5"));
        assertThat(Readings.of("\" 2e3 \"")).isEqualTo(new Reading(2000.0, " 2e3 "));
        assertThat(Readings.of("\"n/a\"")).isEqualTo(new Reading(null, "n/a"));
        assertThat(Readings.of("\"NaN\"").unreadable()).isTrue();
        assertThat(Readings.of("\"Infinity\"").unreadable()).isTrue();
        assertThat(Readings.of("\"0x1p3\"").unreadable()).isTrue();
        assertThat(Readings.of("\"1d\"").unreadable()).isTrue();
        assertThat(Readings.of("1e400")).isEqualTo(new Reading(null, "1e400"));
        assertThat(Readings.of("{\"a\": 1}")).isEqualTo(new Reading(null, "{\"a\": 1}"));
        assertThat(Readings.of("[1]").unreadable()).isTrue();
        assertThat(Readings.of("true")).isEqualTo(new Reading(null, "true"));
        assertThat(Readings.of("null")).isEqualTo(Reading.ABSENT);
        assertThat(Readings.of(null)).isEqualTo(Reading.ABSENT);
        assertThat(Readings.of("not json")).isEqualTo(new Reading(null, "not json"));
    }

    @Test
    void membersOfWholeMetrics() {
        String m = "{\"sharpe_ratio\": \"1.5\", \"total_return\": {\"x\": 1}, \"max_drawdown\": null}";
        assertThat(Readings.member(m, "sharpe_ratio")).isEqualTo(new Reading(1.5, "1.5"));
        assertThat(Readings.member(m, "total_return").unreadable()).isTrue();
        assertThat(Readings.member(m, "max_drawdown")).isEqualTo(Reading.ABSENT);
        assertThat(Readings.member(m, "total_trades")).isEqualTo(Reading.ABSENT);
        assertThat(Readings.member("[1, 2]", "sharpe_ratio")).isEqualTo(Reading.ABSENT);
        assertThat(Readings.member(null, "sharpe_ratio")).isEqualTo(Reading.ABSENT);
    }

    @Test
    void instruments() {
        assertThat(Readings.instruments("[\"SPY\", \"QQQ\"]")).isEqualTo("SPY, QQQ");
        assertThat(Readings.instruments("[]")).isEmpty();
        assertThat(Readings.instruments("[\"SPY\", 1]")).isEqualTo("[\"SPY\", 1]");
        assertThat(Readings.instruments("{\"a\": \"b\"}")).isEqualTo("{\"a\": \"b\"}");
        assertThat(Readings.instruments("\"SPY\"")).isEqualTo("\"SPY\"");
        assertThat(Readings.instruments(null)).isNull();
    }

    @Test
    void likeMetacharactersAreEscaped() {
        assertThat(FilterSql.escapeLike("100% _a\\b")).isEqualTo("100\\% \\_a\\\\b");
        assertThat(FilterSql.escapeLike("plain 'quote' \"dq\"")).isEqualTo("plain 'quote' \"dq\"");
    }
}
