package io.aurelius.admin.bench;

import java.util.Arrays;
import java.util.List;

/** Timings of one case in milliseconds: median and 95th percentile (nearest rank) of the measured runs. */
public record Stats(double median, double p95, int runs) {

    public static Stats of(List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("No runs were measured.");
        }
        double[] a = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        double median = a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
        int rank = (int) Math.ceil(0.95 * a.length) - 1;
        return new Stats(median, a[Math.max(0, rank)], a.length);
    }
}
