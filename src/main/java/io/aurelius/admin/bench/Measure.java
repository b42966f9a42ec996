package io.aurelius.admin.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs work with warm-up and repetitions; a case and its floor alternate, so both see the same machine load.
 * Warm-up is at least the given number of rounds and, when there are any, at least {@link #WARMUP_NANOS} of
 * running (at most {@link #MAX_WARMUPS} rounds): a few-millisecond case reaches the JIT-compiled state an analyst
 * clicking about for a minute has, not the first calls after start (which the cold-start case measures).
 */
public final class Measure {

    /** Work to time; may throw. */
    @FunctionalInterface
    public interface Work {
        Object run() throws Exception;
    }

    /**
     * What work returns when it knows its own time better than the wall time of the call: a child process that
     * reports when its window was drawn (its exit comes after, and is not what the user waits for).
     */
    public record Timed(double millis) {
    }

    /** Timings of a case and of its floor, measured turn about. */
    public record Pair(Stats value, Stats floor) {
    }

    static final long WARMUP_NANOS = 2_000_000_000L;
    static final int MAX_WARMUPS = 2_000;

    private final int warmups;
    private final int repetitions;

    public Measure(int warmups, int repetitions) {
        if (warmups < 0 || repetitions < 1) {
            throw new IllegalArgumentException("Warm-ups must be 0 or more and repetitions 1 or more.");
        }
        this.warmups = warmups;
        this.repetitions = repetitions;
    }

    public int warmups() {
        return warmups;
    }

    public int repetitions() {
        return repetitions;
    }

    public Measure withRepetitions(int n) {
        return new Measure(Math.min(warmups, 1), n);
    }

    public Stats one(Work work) throws Exception {
        return pair(work, null).value();
    }

    /** Warm-ups of both first, then case, floor, case, floor, ... ({@code floor} may be null). */
    public Pair pair(Work work, Work floor) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < warmups || warmups > 0 && i < MAX_WARMUPS && System.nanoTime() - start < WARMUP_NANOS;
             i++) {
            work.run();
            if (floor != null) {
                floor.run();
            }
        }
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            a.add(time(work));
            if (floor != null) {
                b.add(time(floor));
            }
        }
        return new Pair(Stats.of(a), floor == null ? null : Stats.of(b));
    }

    static double time(Work work) throws Exception {
        long t = System.nanoTime();
        Object sink = work.run();
        double ms = (System.nanoTime() - t) / 1e6;
        if (sink == null) {
            throw new IllegalStateException("A benchmark case returned nothing (null): it did no work.");
        }
        return sink instanceof Timed timed ? timed.millis() : ms;
    }
}
