package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawdownsTest {

    //                                  0    1    2   3   4    5    6      7    8    9
    private static final double[] EQ = {100, 110, 99, 88, 110, 121, 90.75, 121, 130, 117};

    private static long[] days(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_704_067_200L + 86_400L * i; // 2024-01-01 onwards
        }
        return t;
    }

    @Test
    void underwaterSeries() {
        assertThat(Drawdowns.underwater(EQ)).containsExactly(
                new double[] {0, 0, -0.1, -0.2, 0, 0, -0.25, 0, 0, -0.1}, within(1e-12));
        assertThat(Drawdowns.maxDrawdown(EQ)).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void periodsInTimeOrder() {
        List<DrawdownPeriod> all = Drawdowns.periods(EQ, null);
        assertThat(all).hasSize(3);
        DrawdownPeriod first = all.get(0);
        assertThat(first.start()).isEqualTo(1);
        assertThat(first.trough()).isEqualTo(3);
        assertThat(first.recovery()).isEqualTo(4);
        assertThat(first.depthPercent()).isCloseTo(-20, within(1e-9));
        assertThat(first.lengthPoints()).isEqualTo(3);
        assertThat(first.lengthDays()).isEqualTo(-1);
        assertThat(first.startDate()).isNull();
        DrawdownPeriod last = all.get(2);
        assertThat(last.ongoing()).isTrue();
        assertThat(last.start()).isEqualTo(8);
        assertThat(last.trough()).isEqualTo(9);
        assertThat(last.lengthPoints()).isEqualTo(1);
    }

    @Test
    void worstPeriodsDeepestFirstWithDates() {
        List<DrawdownPeriod> worst = Drawdowns.worst(EQ, days(EQ.length), 2);
        assertThat(worst).extracting(DrawdownPeriod::start).containsExactly(5, 1);
        DrawdownPeriod deepest = worst.get(0);
        assertThat(deepest.depth()).isCloseTo(-0.25, within(1e-12));
        assertThat(deepest.trough()).isEqualTo(6);
        assertThat(deepest.recovery()).isEqualTo(7);
        assertThat(deepest.lengthDays()).isEqualTo(2);
        assertThat(deepest.startDate()).isEqualTo(Instant.parse("2024-01-06T00:00:00Z"));
        assertThat(deepest.recoveryDate()).isEqualTo(Instant.parse("2024-01-08T00:00:00Z"));
        assertThat(worst.get(1).lengthDays()).isEqualTo(3);
    }

    @Test
    void ongoingDrawdownRunsToTheLastPoint() {
        List<DrawdownPeriod> w = Drawdowns.worst((Curve) CurveParser.parse(
                "[{\"timestamp\":\"2024-01-01\",\"equity\":100},{\"timestamp\":\"2024-01-05\",\"equity\":80},"
                        + "{\"timestamp\":\"2024-01-11\",\"equity\":90}]"), 5);
        assertThat(w).hasSize(1);
        assertThat(w.get(0).ongoing()).isTrue();
        assertThat(w.get(0).recoveryDate()).isNull();
        assertThat(w.get(0).lengthDays()).isEqualTo(10);
        assertThat(w.get(0).lengthPoints()).isEqualTo(2);
        assertThat(w.get(0).depth()).isCloseTo(-0.2, within(1e-12));
    }

    @Test
    void risingCurveAndOnePointHaveNoDrawdown() {
        assertThat(Drawdowns.worst(new double[] {1, 2, 3}, null, 5)).isEmpty();
        assertThat(Drawdowns.worst(new double[] {1}, null, 5)).isEmpty();
        assertThat(Drawdowns.maxDrawdown(new double[] {1, 2, 2, 3})).isZero();
    }

    @Test
    void nonPositiveEquityHasNoDefinedDrawdown() {
        assertThat(Drawdowns.underwater(new double[] {-5, -6, 10, 5})).containsExactly(
                new double[] {Double.NaN, Double.NaN, 0, -0.5}, within(1e-12));
        assertThat(Drawdowns.periods(new double[] {-5, -6, 10, 5}, null)).hasSize(1);
    }
}
