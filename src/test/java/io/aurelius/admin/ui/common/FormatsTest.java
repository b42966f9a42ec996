package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void countsHaveThousandsSeparatorsOfTheLocale() {
        assertThat(Formats.count(1_234_567, Locale.US)).isEqualTo("1,234,567");
        assertThat(Formats.count(1_234_567, Locale.GERMANY)).isEqualTo("1.234.567");
        assertThat(Formats.count(0, Locale.US)).isEqualTo("0");
    }

    @Test
    void estimatedRowCountsStartWithATilde() {
        assertThat(Formats.rows(12, true)).startsWith("~").endsWith("12");
        assertThat(Formats.rows(12, false)).isEqualTo(Formats.count(12));
    }

    @Test
    void sizesAreHumanReadable() {
        assertThat(Formats.bytes(512, Locale.US)).isEqualTo("512 B");
        assertThat(Formats.bytes(8192, Locale.US)).isEqualTo("8.0 kB");
        assertThat(Formats.bytes(1_572_864, Locale.US)).isEqualTo("1.5 MB");
        assertThat(Formats.bytes(3L * 1024 * 1024 * 1024, Locale.US)).isEqualTo("3.0 GB");
    }

    @Test
    void timesAndDurations() {
        assertThat(Formats.millis(0.42)).isEqualTo("0.4 ms");
        assertThat(Formats.millis(123.4)).isEqualTo("123 ms");
        assertThat(Formats.timestamp(LocalDateTime.of(2025, 3, 4, 5, 6, 7))).isEqualTo("2025-03-04 05:06:07");
        assertThat(Formats.timestamp(null)).isEmpty();
    }

    @Test
    void numbersThatAreNotOneShowADashAsNullDoes() {
        assertThat(Formats.fixed(1234.5, 2, Locale.US)).isEqualTo("1,234.50");
        assertThat(Formats.fixed(-0.125, 1, Locale.US)).isEqualTo("-0.1");
        assertThat(Formats.fixed(null, 2, Locale.US)).isEqualTo("—");
        assertThat(Formats.fixed(Double.NaN, 2, Locale.US)).isEqualTo("—");
        assertThat(Formats.fixed(Double.POSITIVE_INFINITY, 2, Locale.US)).isEqualTo("—");
        assertThat(Formats.fixed(Double.NEGATIVE_INFINITY, 0, Locale.US)).isEqualTo("—");
    }

    @Test
    void storedTextThatSpellsNotANumberIsRecognised() {
        for (String s : new String[] {"NaN", "nan", " NAN ", "Infinity", "-Infinity", "+inf", "-inf", "INF"}) {
            assertThat(Formats.notANumber(s)).as(s).isTrue();
        }
        for (String s : new String[] {null, "", "n/a", "1.5", "nanometer", "infinite", "--inf", "null"}) {
            assertThat(Formats.notANumber(s)).as(String.valueOf(s)).isFalse();
        }
    }

    @Test
    void namesThatShowNothingReadNoName() {
        for (String s : new String[] {null, "", " ", "   ", "\t\n", "\u00a0", "\u200b", "\u3000\ufeff"}) {
            assertThat(Formats.name(s)).as(String.valueOf(s)).isEqualTo("(no name)");
            assertThat(Formats.noNameWhy(s)).isNotNull();
        }
        assertThat(Formats.name(" Momentum\tSPY ")).isEqualTo(" Momentum ⇥ SPY ");
        assertThat(Formats.name("0")).isEqualTo("0");
        assertThat(Formats.noNameWhy("Momentum")).isNull();
        assertThat(Formats.noNameWhy("")).isEqualTo("The name is empty.");
        assertThat(Formats.noNameWhy("   ")).isEqualTo("The name is 3 spaces.");
        assertThat(Formats.noNameWhy(" ")).isEqualTo("The name is 1 space.");
        assertThat(Formats.noNameWhy("\t\n")).isEqualTo("The name is 2 invisible characters (spaces, tabs, line"
                + " breaks).");
    }
}
