package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CurveStatsTest {

    @Test
    void steadyGrowthWithoutDates() {
        double[] v = new double[253];
        v[0] = 100;
        for (int i = 1; i < v.length; i++) {
            v[i] = v[i - 1] * 1.001;
        }
        CurveStats s = CurveStats.of(v, null, 252);
        assertThat(s.years()).isCloseTo(1.0, within(1e-12));
        assertThat(s.totalReturn()).isCloseTo(Math.pow(1.001, 252) - 1, within(1e-9));
        assertThat(s.cagr()).isCloseTo(s.totalReturn(), within(1e-9));
        assertThat(s.volatility()).isCloseTo(0, within(1e-9));
        assertThat(s.sharpe()).isNaN();
        assertThat(s.sortino()).isNaN();
        assertThat(s.maxDrawdown()).isZero();
        assertThat(s.calmar()).isNaN();
    }

    @Test
    void datedCurveWithKnownAnswers() {
        // 100 -> 80 -> 121 over two years of 365.25 days: CAGR 10 %, max drawdown -20 %
        long day = 86_400L;
        long[] t = {0, 365 * day, (long) (730.5 * day)};
        double[] v = {100, 80, 121};
        CurveStats s = CurveStats.of(v, t, 1);
        assertThat(s.years()).isCloseTo(2.0, within(1e-12));
        assertThat(s.totalReturn()).isCloseTo(0.21, within(1e-12));
        assertThat(s.cagr()).isCloseTo(0.10, within(1e-12));
        assertThat(s.maxDrawdown()).isCloseTo(-0.2, within(1e-12));
        assertThat(s.calmar()).isCloseTo(0.5, within(1e-12));
        // returns -0.2 and +0.5125: mean 0.15625, sample sd |0.7125| / sqrt(2)
        double mean = (-0.2 + 0.5125) / 2;
        double sd = 0.7125 / Math.sqrt(2);
        assertThat(s.volatility()).isCloseTo(sd, within(1e-12));
        assertThat(s.sharpe()).isCloseTo(mean / sd, within(1e-12));
        assertThat(s.sortino()).isCloseTo(mean / Math.sqrt(0.04 / 2), within(1e-12));
        assertThat(s.inMetricUnits()).containsKeys("sharpe_ratio", "sortino_ratio", "calmar_ratio");
        assertThat(s.inMetricUnits().get("total_return")).isCloseTo(21, within(1e-9));
        assertThat(s.inMetricUnits().get("max_drawdown")).isCloseTo(-20, within(1e-9));
    }

    @Test
    void onePointHasOnlyItsCount() {
        CurveStats s = CurveStats.of((Curve) CurveParser.parse("[100]"));
        assertThat(s.points()).isEqualTo(1);
        assertThat(s.totalReturn()).isNaN();
        assertThat(s.cagr()).isNaN();
        assertThat(s.sharpe()).isNaN();
        assertThat(s.maxDrawdown()).isNaN();
    }

    @Test
    void periodsPerYearComeFromTheDates() {
        CurveStats s = CurveStats.of((Curve) CurveParser.parse("[{\"date\":\"2024-01-31\",\"equity\":1},"
                + "{\"date\":\"2024-02-29\",\"equity\":1.1},{\"date\":\"2024-03-31\",\"equity\":1.0}]"));
        assertThat(s.periodsPerYear()).isEqualTo(12);
    }
}
