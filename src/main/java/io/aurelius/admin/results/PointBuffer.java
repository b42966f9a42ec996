package io.aurelius.admin.results;

import java.util.Arrays;

/** A growable pair of primitive arrays (value, time) that never boxes. */
final class PointBuffer {

    /** Marks a point whose timestamp is missing or unreadable. */
    static final long NO_TIME = Long.MIN_VALUE;

    private double[] values;
    private long[] times;
    private int size;

    PointBuffer(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        values = new double[capacity];
        times = new long[capacity];
    }

    void add(double value, long time) {
        if (size == values.length) {
            int capacity = size + (size >> 1);
            values = Arrays.copyOf(values, capacity);
            times = Arrays.copyOf(times, capacity);
        }
        values[size] = value;
        times[size] = time;
        size++;
    }

    int size() {
        return size;
    }

    long time(int i) {
        return times[i];
    }

    /** Drops the points without a time, keeping order. @return how many were dropped */
    int dropPointsWithoutTime() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (times[i] != NO_TIME) {
                values[kept] = values[i];
                times[kept] = times[i];
                kept++;
            }
        }
        int dropped = size - kept;
        size = kept;
        return dropped;
    }

    double[] values() {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }

    long[] times() {
        return times.length == size ? times : Arrays.copyOf(times, size);
    }
}
