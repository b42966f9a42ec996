package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReturnsTest {

    private static long at(String isoDate) {
        return Instant.parse(isoDate + "T00:00:00Z").getEpochSecond();
    }

    @Test
    void simpleReturns() {
        assertThat(Returns.simple(new double[] {100, 110, 99})).containsExactly(
                new double[] {0.1, -0.1}, within(1e-12));
        assertThat(Returns.simple(new double[] {5})).isEmpty();
        assertThat(Returns.simple(new double[] {0, 5})[0]).isNaN();
    }

    @Test
    void monthlyAndYearlyReturnsOnADatedCurve() {
        long[] t = {at("2023-11-15"), at("2023-11-30"), at("2023-12-31"), at("2024-01-15"), at("2024-01-31"),
            at("2024-03-31")};
        double[] v = {100, 110, 99, 120, 108.9, 98.01};
        MonthlyTable table = Returns.monthly(v, t);
        assertThat(table.years()).hasSize(2);
        MonthlyTable.YearRow y2023 = table.years().get(0);
        assertThat(y2023.year()).isEqualTo(2023);
        assertThat(y2023.month(11)).isCloseTo(0.10, within(1e-12));
        assertThat(y2023.month(12)).isCloseTo(-0.10, within(1e-12));
        assertThat(y2023.month(1)).isNaN();
        assertThat(y2023.total()).isCloseTo(-0.01, within(1e-12));
        MonthlyTable.YearRow y2024 = table.years().get(1);
        assertThat(y2024.month(1)).isCloseTo(0.10, within(1e-12));
        assertThat(y2024.month(2)).isNaN();
        assertThat(y2024.month(3)).isCloseTo(-0.10, within(1e-12));
        assertThat(y2024.total()).isCloseTo(-0.01, within(1e-12));
    }

    @Test
    void monthsAreUtc() {
        // 2024-01-31T23:30Z is still January in UTC (though February in Asia).
        long[] t = {at("2024-01-01"), at("2024-01-31") + 23 * 3600 + 1800, at("2024-02-01") + 3600};
        MonthlyTable table = Returns.monthly(new double[] {100, 150, 165}, t);
        assertThat(table.years().get(0).month(1)).isCloseTo(0.5, within(1e-12));
        assertThat(table.years().get(0).month(2)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void noMonthlyTableWithoutDates() {
        assertThat(Returns.monthly((Curve) CurveParser.parse("[1, 2, 3]"))).isEmpty();
        assertThat(Returns.monthly((Curve) CurveParser.parse(
                "[{\"timestamp\":\"2024-01-02\",\"equity\":1},{\"timestamp\":\"2024-02-02\",\"equity\":2}]")))
                .get().extracting(m -> m.years().get(0).month(2)).isEqualTo(1.0);
    }

    @Test
    void rollingSharpeOfAConstantReturnIsUndefined() {
        double[] v = new double[300];
        v[0] = 100;
        for (int i = 1; i < v.length; i++) {
            v[i] = v[i - 1] * 1.001;
        }
        double[] s = Returns.rollingSharpe(v, Returns.WINDOW_6M, 252);
        assertThat(s).hasSize(300);
        for (double x : s) {
            assertThat(x).isNaN();
        }
    }

    @Test
    void rollingSharpeOfAlternatingReturnsIsKnown() {
        double[] v = new double[41];
        v[0] = 100;
        for (int i = 1; i < v.length; i++) {
            v[i] = v[i - 1] * (i % 2 == 1 ? 1.02 : 1.0);
        }
        double[] s = Returns.rollingSharpe(v, 4, 252);
        // window of 4 returns {0.02, 0, 0.02, 0}: mean 0.01, sample sd 0.01 * sqrt(4/3)
        double expected = Math.sqrt(3.0 / 4.0) * Math.sqrt(252);
        for (int i = 0; i < 4; i++) {
            assertThat(s[i]).isNaN();
        }
        for (int i = 4; i < v.length; i++) {
            assertThat(s[i]).as("point %d", i).isCloseTo(expected, within(1e-6));
        }
    }

    @Test
    void rollingSharpeSkipsWindowsWithUnreadableReturns() {
        double[] s = Returns.rollingSharpe(new double[] {100, 0, 101, 102, 101, 103, 104}, 2, 252);
        assertThat(s[2]).isNaN();
        assertThat(s[3]).isNaN();
        assertThat(s[4]).isFinite();
    }

    @Test
    void periodsPerYearFromSpacing() {
        long[] daily = {0, 86_400, 172_800, 345_600};
        long[] weekly = {0, 7 * 86_400, 14 * 86_400, 21 * 86_400};
        long[] monthly = {0, 31 * 86_400L, 59 * 86_400L, 90 * 86_400L};
        assertThat(Returns.periodsPerYear(daily)).isEqualTo(252);
        assertThat(Returns.periodsPerYear(weekly)).isEqualTo(52);
        assertThat(Returns.periodsPerYear(monthly)).isEqualTo(12);
        assertThat(Returns.periodsPerYear(null)).isEqualTo(252);
    }
}
