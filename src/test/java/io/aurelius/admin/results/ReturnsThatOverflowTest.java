package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import org.junit.jupiter.api.Test;

/**
 * A return that no double holds (equity from 4.9e-324 to 1) or that has no base (equity not positive) is not a
 * number, in the simple returns, the monthly and yearly table and the curve's total: never Infinity, which the
 * heatmap turned into a colour of NaN strength and the figures into "Infinity %".
 */
class ReturnsThatOverflowTest {

    private static final long DAY = 86_400L;
    private static final long JAN_1 = 1_704_067_200L; // 2024-01-01

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Returns from a subnormal or non-positive equity are NaN (a gap)"
            + " in simple, monthly and yearly returns and the total, never Infinity.")
    void returnsThatOverflowAreGaps() {
        double[] values = {4.9e-324, 1, 2, -5, 3};
        assertThat(Returns.simple(values)).containsExactly(Double.NaN, 1.0, -3.5, Double.NaN);
        long[] times = {JAN_1, JAN_1 + 40 * DAY, JAN_1 + 70 * DAY, JAN_1 + 100 * DAY, JAN_1 + 130 * DAY};
        MonthlyTable t = Returns.monthly(values, times);
        double[] months = t.years().get(0).months();
        assertThat(months[0]).isZero(); // January: the first point to itself
        assertThat(months[1]).isNaN(); // February: from 4.9e-324 to 1 overflows
        assertThat(months[2]).isEqualTo(1.0);
        assertThat(months[3]).isEqualTo(-3.5);
        assertThat(months[4]).isNaN(); // May: from -5 has no base
        assertThat(t.years().get(0).total()).isNaN();
        for (double m : months) {
            assertThat(Double.isInfinite(m)).isFalse();
        }
        CurveStats s = CurveStats.of(new double[] {4.9e-324, 1, 2}, null, 252);
        assertThat(s.totalReturn()).isNaN();
        assertThat(s.cagr()).isNaN();
    }
}
