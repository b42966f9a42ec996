package io.aurelius.admin.demo;

import java.util.SplittableRandom;

/**
 * Seeded randomness. Every row draws from its own stream, derived from (seed, table, row index), so a row's
 * content never depends on batch sizes, on other tables or on what was generated before it: the same seed
 * gives the same rows, ids included.
 *
 * <p>Demo ids are UUID-shaped strings of version 8 ("custom") with the fixed tag {@code 8de} opening the
 * fourth group: {@code xxxxxxxx-xxxx-8xxx-8dex-xxxxxxxxxxxx}. The AURELIUS API writes version-4 ids, so demo
 * rows are recognisable by id alone ({@link #SQL_IS_DEMO}).
 */
final class DemoRandom {

    static final int STRATEGY = 1;
    static final int BACKTEST = 2;
    static final int VALIDATION = 3;
    static final int GATE = 4;
    static final int BUSY = 5;
    static final int HUGE = 6;

    /** SQL predicate on a column named id: the row was written by the demo generator. */
    static final String SQL_IS_DEMO = "(length(id) = 36 AND substr(id, 15, 1) = '8' AND substr(id, 20, 3) = '8de')";

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private DemoRandom() {
    }

    static SplittableRandom stream(long seed, int table, long index) {
        long h = mix(seed * 0x9E3779B97F4A7C15L + table);
        return new SplittableRandom(mix(h ^ (index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL)));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String uuid(SplittableRandom r) {
        long hi = (r.nextLong() & ~0xF000L) | 0x8000L;
        long lo = (r.nextLong() & 0x000F_FFFF_FFFF_FFFFL) | 0x8DE0_0000_0000_0000L;
        char[] c = new char[36];
        hex(c, 0, hi >>> 32, 8);
        c[8] = '-';
        hex(c, 9, hi >>> 16, 4);
        c[13] = '-';
        hex(c, 14, hi, 4);
        c[18] = '-';
        hex(c, 19, lo >>> 48, 4);
        c[23] = '-';
        hex(c, 24, lo, 12);
        return new String(c);
    }

    static boolean isDemoId(String id) {
        return id != null && id.length() == 36 && id.charAt(14) == '8' && id.startsWith("8de", 19);
    }

    /** n lowercase hex digits of v (its low 4n bits). */
    static String hex(SplittableRandom r, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i += 16) {
            hex(c, i, r.nextLong(), Math.min(16, n - i));
        }
        return new String(c);
    }

    private static void hex(char[] c, int at, long v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            c[at + i] = HEX[(int) (v & 15)];
            v >>>= 4;
        }
    }

    static <T> T pick(SplittableRandom r, T[] options) {
        return options[r.nextInt(options.length)];
    }

    static double between(SplittableRandom r, double lo, double hi) {
        return lo + r.nextDouble() * (hi - lo);
    }

    private static final double[] POW10 = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

    static double round(double v, int decimals) {
        double p = POW10[decimals];
        return Math.round(v * p) / p;
    }

    /** Index into cumulative weights (the weights need not sum to 1). */
    static int weighted(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
