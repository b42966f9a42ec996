package io.aurelius.admin.results;

import java.util.Arrays;

/**
 * MinMax-LTTB downsampling for charts: keeps the shape of a long series in a few thousand points.
 *
 * <p>Method (Van Der Donckt et al., "MinMaxLTTB", 2023): the range is cut into {@code 2 * maxPoints}
 * equal-count buckets and each bucket's minimum and maximum are preselected (one pass, O(n));
 * Largest-Triangle-Three-Buckets then picks {@code maxPoints - 2} of those. Finally the range's
 * first and last points and its global minimum and maximum are guaranteed to be in the result
 * (inserted in order if LTTB dropped them), so peaks and troughs survive and the size never exceeds
 * {@code maxPoints}. Output indices are strictly increasing, so monotone x stays monotone.
 *
 * <p>Pure and thread-safe; run it off the UI thread.
 */
public final class Reducer {

    /** Smallest allowed {@code maxPoints}: first, last, minimum and maximum. */
    public static final int MIN_POINTS = 4;

    private Reducer() {
    }

    /**
     * Reduces the whole series.
     *
     * @param x         x values, ascending; {@code null} means the index is the x
     * @param y         y values; NaN points (e.g. an undefined drawdown) are never chosen as
     *                  extremes but may be kept as a bucket's only point
     * @param maxPoints at most this many points come back ({@code >= 4})
     */
    public static Reduced reduce(double[] x, double[] y, int maxPoints) {
        return reduce(x, y, 0, y.length, maxPoints);
    }

    /**
     * Reduces the visible part {@code [from, to)} only, for zoom: the result has the range's
     * first and last points and its minimum and maximum.
     */
    public static Reduced reduce(double[] x, double[] y, int from, int to, int maxPoints) {
        check(x, y, from, to, maxPoints);
        int[] kept = to - from <= maxPoints ? all(from, to) : select(x, y, from, to, maxPoints);
        return gather(x, y, kept);
    }

    /** @return the index range {@code [from, to)} of the points with {@code lo <= x <= hi}, x ascending */
    public static int[] visibleRange(double[] x, double lo, double hi) {
        int from = lowerBound(x, lo);
        int to = lowerBound(x, Math.nextUp(hi));
        return new int[] {from, Math.max(from, to)};
    }

    private static int lowerBound(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void check(double[] x, double[] y, int from, int to, int maxPoints) {
        if (maxPoints < MIN_POINTS) {
            throw new IllegalArgumentException("maxPoints must be at least " + MIN_POINTS + ": " + maxPoints);
        }
        if (x != null && x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        if (from < 0 || to > y.length || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") outside 0.." + y.length);
        }
    }

    private static int[] all(int from, int to) {
        int[] idx = new int[to - from];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = from + i;
        }
        return idx;
    }

    private static int[] select(double[] x, double[] y, int from, int to, int maxPoints) {
        int[] pre = MinMax.preselect(y, from, to, 2 * maxPoints);
        int[] lttb = pre.length <= maxPoints - 2 ? pre : Lttb.select(x, y, pre, maxPoints - 2);
        long extremes = MinMax.extremes(y, from, to);
        return withAll(lttb, from, to - 1, (int) (extremes >>> 32), (int) extremes);
    }

    /** Adds the given indices to a sorted index set, keeping it sorted and free of duplicates. */
    private static int[] withAll(int[] sorted, int... extra) {
        int[] merged = Arrays.copyOf(sorted, sorted.length + extra.length);
        System.arraycopy(extra, 0, merged, sorted.length, extra.length);
        Arrays.sort(merged);
        int n = 0;
        for (int i = 0; i < merged.length; i++) {
            if (n == 0 || merged[i] != merged[n - 1]) {
                merged[n++] = merged[i];
            }
        }
        return Arrays.copyOf(merged, n);
    }

    private static Reduced gather(double[] x, double[] y, int[] idx) {
        double[] rx = new double[idx.length];
        double[] ry = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            rx[i] = x == null ? idx[i] : x[idx[i]];
            ry[i] = y[idx[i]];
        }
        return new Reduced(rx, ry, idx);
    }

    /** The MinMax preselection: per equal-count bucket, the indices of its minimum and maximum. */
    static final class MinMax {
        private MinMax() {
        }

        static int[] preselect(double[] y, int from, int to, int buckets) {
            int n = to - from;
            int[] out = new int[2 * buckets + 2];
            int k = 0;
            for (int b = 0; b < buckets; b++) {
                int s = from + (int) ((long) n * b / buckets);
                int e = from + (int) ((long) n * (b + 1) / buckets);
                if (s >= e) {
                    continue;
                }
                long ext = extremes(y, s, e);
                int lo = (int) (ext >>> 32);
                int hi = (int) ext;
                out[k++] = Math.min(lo, hi);
                if (lo != hi) {
                    out[k++] = Math.max(lo, hi);
                }
            }
            return withAll(Arrays.copyOf(out, k), from, to - 1);
        }

        /**
         * Indices of the minimum (high 32 bits) and maximum (low 32 bits) of {@code y[s..e)},
         * NaN skipped (both {@code s} when all are NaN); the first of equal values wins.
         */
        static long extremes(double[] y, int s, int e) {
            int lo = -1;
            int hi = -1;
            for (int i = s; i < e; i++) {
                double v = y[i];
                if (v != v) {
                    continue;
                }
                if (lo < 0 || v < y[lo]) {
                    lo = i;
                }
                if (hi < 0 || v > y[hi]) {
                    hi = i;
                }
            }
            lo = lo < 0 ? s : lo;
            hi = hi < 0 ? s : hi;
            return ((long) lo << 32) | (hi & 0xffffffffL);
        }
    }

    /** Largest-Triangle-Three-Buckets over a sorted subset of indices. */
    static final class Lttb {
        private Lttb() {
        }

        static int[] select(double[] x, double[] y, int[] idx, int target) {
            int n = idx.length;
            int[] out = new int[target];
            out[0] = idx[0];
            int a = idx[0];
            double every = (double) (n - 2) / (target - 2);
            for (int b = 0; b < target - 2; b++) {
                int s = (int) (b * every) + 1;
                int e = Math.min((int) ((b + 1) * every) + 1, n - 1);
                int ns = e;
                int ne = Math.min((int) ((b + 2) * every) + 1, n);
                double avgX = 0;
                double avgY = 0;
                for (int j = ns; j < ne; j++) {
                    avgX += xOf(x, idx[j]);
                    avgY += y[idx[j]];
                }
                int cnt = Math.max(1, ne - ns);
                a = largest(x, y, idx, s, e, a, avgX / cnt, avgY / cnt);
                out[b + 1] = a;
            }
            out[target - 1] = idx[n - 1];
            return out;
        }

        private static int largest(double[] x, double[] y, int[] idx, int s, int e, int a, double cx, double cy) {
            double ax = xOf(x, a);
            double ay = y[a];
            double best = -1;
            int pick = idx[s];
            for (int j = s; j < e; j++) {
                int i = idx[j];
                double area = Math.abs((ax - cx) * (y[i] - ay) - (ax - xOf(x, i)) * (cy - ay));
                if (area > best) {
                    best = area;
                    pick = i;
                }
            }
            return pick;
        }

        private static double xOf(double[] x, int i) {
            return x == null ? i : x[i];
        }
    }
}
