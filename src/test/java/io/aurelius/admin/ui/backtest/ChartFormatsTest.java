package io.aurelius.admin.ui.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's read-outs, statistics and heatmap cells write every value readably, the absurd ones too. */
class ChartFormatsTest {

    @Test
    void ordinaryValuesReadAsBefore() {
        assertThat(ChartFormats.money(123_456.784)).isEqualTo("123,456.78");
        assertThat(ChartFormats.percent(-0.1234, 2)).isEqualTo("-12.34 %");
        assertThat(ChartFormats.shortPercent(-0.1234)).isEqualTo("-12.3%");
        assertThat(ChartFormats.ratio(1.2345)).isEqualTo("1.23");
    }

    @Test
    void hugeValuesAreWrittenShortNotInFull() {
        assertThat(ChartFormats.money(1e308)).isEqualTo("1.00e+308");
        assertThat(ChartFormats.percent(1e300, 2)).isEqualTo("1.00e+302 %");
        assertThat(ChartFormats.shortPercent(5e20)).isEqualTo("5.00e+22%");
        assertThat(ChartFormats.ratio(-3e18)).isEqualTo("-3.00e+18");
        assertThat(ChartFormats.money(9.99e14)).as("below 10^15, still in full").isEqualTo("999,000,000,000,000.00");
    }

    @Test
    void valuesThatAreNotNumbersShowADash() {
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThat(ChartFormats.money(v)).isEqualTo("—");
            assertThat(ChartFormats.percent(v, 2)).isEqualTo("—");
            assertThat(ChartFormats.ratio(v)).isEqualTo("—");
        }
        assertThat(ChartFormats.shortPercent(Double.NaN)).as("a month without a return").isEmpty();
        assertThat(ChartFormats.shortPercent(Double.POSITIVE_INFINITY)).isEqualTo("—");
    }
}
