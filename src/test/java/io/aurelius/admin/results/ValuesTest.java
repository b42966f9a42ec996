package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @Test
    void numbersFromText() {
        assertThat(Values.number("+5")).isEqualTo(5);
        assertThat(Values.number(" 7 ")).isEqualTo(7);
        assertThat(Values.number("1e3")).isEqualTo(1000);
        assertThat(Values.number("-0.25")).isEqualTo(-0.25);
        assertThat(Values.number(".5")).isEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "n/a", "NaN", "Infinity", "-Infinity", "1.2.3", "0x10", "12,5", "1d", "e5", ".",
        "١٢٣", "null"})
    void notNumbers(String text) {
        assertThat(Values.number(text)).isNaN();
    }

    @Test
    void epochUnitsAreGuessedFromTheSize() {
        assertThat(Values.epochSeconds(1_700_000_000L)).isEqualTo(1_700_000_000L);
        assertThat(Values.epochSeconds(1_700_000_000_999L)).isEqualTo(1_700_000_000L);
        assertThat(Values.epochSeconds(1_700_000_000_999_999L)).isEqualTo(1_700_000_000L);
        assertThat(Values.epochSeconds(1_700_000_000_999_999_999L)).isEqualTo(1_700_000_000L);
        assertThat(Values.epochSeconds(-5L)).isEqualTo(-5);
        assertThat(Values.epochSeconds(1.7e12)).isEqualTo(1_700_000_000L);
        assertThat(Values.epochSeconds(Double.NaN)).isEqualTo(PointBuffer.NO_TIME);
    }

    @Test
    void epochSecondsFromCharacters() {
        assertThat(chars("1700000000")).isEqualTo(1_700_000_000L);
        assertThat(chars("-5")).isEqualTo(-5L);
        assertThat(chars("1700000000123")).isEqualTo(1_700_000_000L);
        assertThat(chars(" 1700000000 ")).isEqualTo(1_700_000_000L);
        assertThat(chars("1700000000.5")).isEqualTo(1_700_000_000L);
        assertThat(chars("2024-01-02")).isEqualTo(1_704_153_600L);
        assertThat(chars("2024-02-30")).isEqualTo(PointBuffer.NO_TIME);
        assertThat(chars("n/a")).isEqualTo(PointBuffer.NO_TIME);
        assertThat(chars("")).isEqualTo(PointBuffer.NO_TIME);
    }

    @Test
    void instantsKeepFractions() {
        assertThat(Values.instant(1_700_000_000.5)).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 500_000_000));
        assertThat(Values.instant(1_700_000_000_250d)).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 250_000_000));
        assertThat(Values.instant("2024-01-02T03:04:05.123+02:00")).isEqualTo(Instant.parse("2024-01-02T01:04:05.123Z"));
        assertThat(Values.instant("tomorrow")).isNull();
    }

    private static long chars(String s) {
        return Values.epochSeconds(s.toCharArray(), 0, s.length());
    }
}
