package io.aurelius.admin.results;

import java.time.Instant;

/**
 * One drawdown: from a peak, down to its trough, back to the peak's level (or still under water).
 *
 * <p>Indices are point indices in the curve. {@code lengthPoints} counts steps from the peak to the
 * recovery point, or to the last point when ongoing. {@code lengthDays} is the calendar time over
 * the same span in whole days (floor), or -1 when the curve has no dates; the instants are
 * {@code null} then, and {@code recoveryDate} is also {@code null} while ongoing.
 *
 * @param start        index of the peak the drawdown starts from
 * @param trough       index of the lowest point
 * @param recovery     index of the first point back at or above the peak, or -1 when ongoing
 * @param depth        trough / peak - 1, a negative fraction (e.g. -0.25)
 * @param lengthPoints steps from start to recovery (or to the last point)
 * @param lengthDays   days from start to recovery (or to the last point), -1 without dates
 * @param startDate    date of the peak, or null
 * @param troughDate   date of the trough, or null
 * @param recoveryDate date of the recovery, or null (no dates, or ongoing)
 */
public record DrawdownPeriod(int start, int trough, int recovery, double depth, int lengthPoints,
        long lengthDays, Instant startDate, Instant troughDate, Instant recoveryDate) {

    /** @return true when the curve ends below the peak */
    public boolean ongoing() {
        return recovery < 0;
    }

    /** @return the depth in percent (negative, e.g. -25.0) */
    public double depthPercent() {
        return depth * 100.0;
    }
}
