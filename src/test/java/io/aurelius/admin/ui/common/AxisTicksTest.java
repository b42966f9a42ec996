package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.ui.common.AxisTicks.Style;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    /** The labels of the ticks lo, lo + step, ... hi, added up as JavaFX does (so with its rounding noise). */
    private static List<String> ticks(double lo, double hi, double step, Style style) {
        List<String> out = new ArrayList<>();
        double magnitude = Math.max(Math.abs(lo), Math.abs(hi));
        for (double v = lo; v <= hi + step / 2; v += step) {
            out.add(AxisTicks.label(v, step, magnitude, style));
        }
        return out;
    }

    @Test
    void moneyTicksOfANarrowRangeCarryTheDecimalsThatTellThemApart() {
        // a flat curve at 100,000: JavaFX pads it to 98,000-102,000 in steps of 500
        assertThat(ticks(98_000, 102_000, 500, Style.MONEY)).doesNotHaveDuplicates()
                .startsWith("98.0k", "98.5k", "99.0k").endsWith("102.0k");
        // zoomed in to a few dollars
        assertThat(ticks(99_990, 100_030, 10, Style.MONEY)).doesNotHaveDuplicates()
                .containsExactly("99,990", "100,000", "100,010", "100,020", "100,030");
        assertThat(ticks(1_000_000, 1_000_002.5, 0.5, Style.MONEY)).doesNotHaveDuplicates()
                .startsWith("1,000,000.0", "1,000,000.5");
        assertThat(ticks(0.05, 0.3, 0.05, Style.MONEY)).containsExactly("0.05", "0.10", "0.15", "0.20", "0.25",
                "0.30");
    }

    @Test
    void moneyTicksOfAWideRangeStayShort() {
        assertThat(ticks(0, 200_000, 50_000, Style.MONEY)).containsExactly("0", "50k", "100k", "150k", "200k");
        assertThat(ticks(1_000_000, 1_500_000, 250_000, Style.MONEY)).containsExactly("1.00M", "1.25M", "1.50M");
        assertThat(ticks(2e9, 4e9, 1e9, Style.MONEY)).containsExactly("2B", "3B", "4B");
        assertThat(ticks(0, 8_000, 2_000, Style.MONEY)).containsExactly("0", "2,000", "4,000", "6,000", "8,000");
        assertThat(ticks(-200_000, 0, 100_000, Style.MONEY)).containsExactly("-200k", "-100k", "0");
    }

    @Test
    void percentAndPlainTicksFollowTheirSpacing() {
        assertThat(ticks(-0.0006, 0, 0.0002, Style.PERCENT)).containsExactly("-0.06%", "-0.04%", "-0.02%", "0.00%");
        assertThat(ticks(-0.3, 0, 0.1, Style.PERCENT)).containsExactly("-30%", "-20%", "-10%", "0%");
        assertThat(ticks(1, 1.01, 0.0025, Style.PLAIN)).doesNotHaveDuplicates().startsWith("1.0000", "1.0025");
        assertThat(ticks(-0.3, 0.3, 0.1, Style.PLAIN)).containsExactly("-0.3", "-0.2", "-0.1", "0.0", "0.1", "0.2",
                "0.3");
        assertThat(ticks(-4, 4, 2, Style.PLAIN)).containsExactly("-4", "-2", "0", "2", "4");
    }

    @Test
    void aLabelMeasuredBeforeTheAxisSetsItsSpacingIsAsWideAsTheValueNeeds() {
        // JavaFX measures candidate ticks (0.25 apart) while the axis still holds its first tick unit (5)
        assertThat(AxisTicks.label(1.25, 5, 2, Style.PLAIN)).isEqualTo("1.25");
        assertThat(AxisTicks.label(-0.0025, 5, 0.01, Style.PERCENT)).isEqualTo("-0.25%");
        assertThat(AxisTicks.label(100_250, 5, 101_000, Style.MONEY)).isEqualTo("100,250");
        assertThat(AxisTicks.label(0.1 + 0.2, 0.1, 1, Style.PLAIN)).isEqualTo("0.3");
        assertThat(AxisTicks.exact(3)).isZero();
        assertThat(AxisTicks.exact(0.1 + 0.2)).isEqualTo(1);
        assertThat(AxisTicks.exact(-1.25)).isEqualTo(2);
    }

    @Test
    void decimalsAreTheFewestThatWriteEveryMultiple() {
        assertThat(AxisTicks.decimals(200)).isZero();
        assertThat(AxisTicks.decimals(1)).isZero();
        assertThat(AxisTicks.decimals(0.5)).isEqualTo(1);
        assertThat(AxisTicks.decimals(0.25)).isEqualTo(2);
        assertThat(AxisTicks.decimals(0.1 + 0.2 - 0.2)).isEqualTo(1);
        assertThat(AxisTicks.decimals(2.5e-5)).isEqualTo(6);
        assertThat(AxisTicks.decimals(1e-30)).isEqualTo(AxisTicks.MOST_DECIMALS);
        assertThat(AxisTicks.decimals(0)).isZero();
        assertThat(AxisTicks.decimals(Double.NaN)).isZero();
    }
}
