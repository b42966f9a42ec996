package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReducerTest {

    /** A random walk with one sharp spike up and one sharp dip, each a single point. */
    static double[] walk(int n, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        y[0] = 100_000;
        for (int i = 1; i < n; i++) {
            y[i] = y[i - 1] * (1 + r.nextGaussian() * 0.001);
        }
        y[n / 3] = 1e9;
        y[2 * n / 3] = 1;
        return y;
    }

    static double[] dates(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1.6e9 + 86_400.0 * i;
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 7, 100, 2000})
    void keepsFirstLastMinAndMaxWithinTheBound(int maxPoints) {
        int n = 200_003;
        double[] y = walk(n, 7);
        double[] x = dates(n);
        Reduced r = Reducer.reduce(x, y, maxPoints);
        assertThat(r.size()).isLessThanOrEqualTo(maxPoints).isGreaterThanOrEqualTo(4);
        assertThat(r.index()).contains(0, n - 1, n / 3, 2 * n / 3);
        assertThat(r.y()).contains(1e9, 1.0);
        assertThat(r.x()[0]).isEqualTo(x[0]);
        assertThat(r.x()[r.size() - 1]).isEqualTo(x[n - 1]);
        assertStrictlyIncreasing(r);
    }

    @Test
    void outputFillsTheBudgetAndKeepsExtremesOfARealisticWalk() {
        double[] y = walk(1_000_000, 3);
        y[1_000_000 / 3] = y[1_000_000 / 3 - 1];
        y[2 * 1_000_000 / 3] = y[2 * 1_000_000 / 3 - 1];
        Reduced r = Reducer.reduce(null, y, 2000);
        assertThat(r.size()).isBetween(1900, 2000);
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < y.length; i++) {
            lo = y[i] < y[lo] ? i : lo;
            hi = y[i] > y[hi] ? i : hi;
        }
        assertThat(r.index()).contains(lo, hi, 0, y.length - 1);
        assertThat(r.x()[5]).isEqualTo(r.index()[5]);
        assertStrictlyIncreasing(r);
    }

    @Test
    void shortSeriesComeBackWhole() {
        double[] y = {3, 1, 2};
        Reduced r = Reducer.reduce(null, y, 10);
        assertThat(r.y()).containsExactly(3, 1, 2);
        assertThat(r.x()).containsExactly(0, 1, 2);
        assertThat(Reducer.reduce(null, new double[0], 10).size()).isZero();
    }

    @Test
    void rangeVariantReducesOnlyTheVisiblePart() {
        int n = 500_000;
        double[] y = walk(n, 11);
        double[] x = dates(n);
        int from = 100_000;
        int to = 300_000;
        Reduced r = Reducer.reduce(x, y, from, to, 1000);
        assertThat(r.size()).isLessThanOrEqualTo(1000);
        assertThat(r.index()[0]).isEqualTo(from);
        assertThat(r.index()[r.size() - 1]).isEqualTo(to - 1);
        assertThat(r.index()).contains(n / 3).doesNotContain(2 * n / 3);
        int lo = from;
        for (int i = from; i < to; i++) {
            lo = y[i] < y[lo] ? i : lo;
        }
        assertThat(r.index()).contains(lo);
        assertStrictlyIncreasing(r);
    }

    @Test
    void visibleRangeFindsIndicesByX() {
        double[] x = {10, 20, 30, 40, 50};
        assertThat(Reducer.visibleRange(x, 20, 40)).containsExactly(1, 4);
        assertThat(Reducer.visibleRange(x, 21, 39)).containsExactly(2, 3);
        assertThat(Reducer.visibleRange(x, 0, 100)).containsExactly(0, 5);
        assertThat(Reducer.visibleRange(x, 60, 70)).containsExactly(5, 5);
    }

    @Test
    void badArguments() {
        double[] y = {1, 2, 3};
        assertThatThrownBy(() -> Reducer.reduce(null, y, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reducer.reduce(new double[2], y, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reducer.reduce(null, y, 2, 1, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void flatSeriesStaysBoundedAndOrdered() {
        double[] y = new double[100_000];
        java.util.Arrays.fill(y, 5);
        Reduced r = Reducer.reduce(null, y, 500);
        assertThat(r.size()).isLessThanOrEqualTo(500);
        assertThat(r.index()[0]).isZero();
        assertThat(r.index()[r.size() - 1]).isEqualTo(99_999);
        assertStrictlyIncreasing(r);
    }

    @Test
    void nanPointsAreNeverTakenForExtremes() {
        double[] y = new double[10_000];
        for (int i = 0; i < y.length; i++) {
            y[i] = i < 100 ? Double.NaN : -0.001 * (i % 1000);
        }
        y[5000] = -5;
        y[7000] = 3;
        Reduced r = Reducer.reduce(null, y, 50);
        assertThat(r.size()).isLessThanOrEqualTo(50);
        assertThat(r.index()).contains(5000, 7000, 0, 9999);
        assertStrictlyIncreasing(r);
    }

    private static void assertStrictlyIncreasing(Reduced r) {
        for (int i = 1; i < r.size(); i++) {
            assertThat(r.index()[i]).isGreaterThan(r.index()[i - 1]);
            assertThat(r.x()[i]).isGreaterThanOrEqualTo(r.x()[i - 1]);
        }
    }
}
