package io.aurelius.admin.demo;

import java.util.SplittableRandom;

/**
 * The facts of strategy i that the other tables need (id, type, creation time, hostility), re-derived on demand
 * from the strategy's own random stream, so no table has to keep the strategies in memory.
 */
record StrategyCore(long index, String id, int type, long createdAt, boolean hostile, int hostileOrdinal,
                    SplittableRandom rest) {

    /** Strategies are created between this day and a few weeks before {@link DemoDates#NOW}. */
    static final long FIRST_CREATED = DemoDates.epochDay(2023, 1, 2) * DemoDates.DAY;
    private static final long LAST_CREATED = DemoDates.NOW - 21 * DemoDates.DAY;
    /** Strategies at these indexes are always hostile (when hostile rows are on), so small runs have some. */
    static final long[] FORCED_HOSTILE = {4, 11, 23, 37, 58, 76, 99, 131, 167, 197};
    private static final double HOSTILE_RATE = 0.0005;

    static StrategyCore of(DemoSpec spec, long i) {
        SplittableRandom r = DemoRandom.stream(spec.seed(), DemoRandom.STRATEGY, i);
        String id = DemoRandom.uuid(r);
        int type = i < Words.TYPES.length ? (int) i : DemoRandom.weighted(r, Words.TYPE_WEIGHTS);
        long span = LAST_CREATED - FIRST_CREATED;
        long step = Math.max(1, span / spec.strategies());
        long created = FIRST_CREATED + (long) ((double) i / spec.strategies() * span) + r.nextLong(step);
        int forced = forcedOrdinal(i);
        boolean chance = r.nextDouble() < HOSTILE_RATE;
        boolean hostile = spec.hostile() && (forced >= 0 || chance);
        int ordinal = forced >= 0 ? forced : r.nextInt(1000);
        return new StrategyCore(i, id, type, created, hostile, ordinal, r);
    }

    static boolean forcedHostile(DemoSpec spec, long i) {
        return spec.hostile() && forcedOrdinal(i) >= 0;
    }

    private static int forcedOrdinal(long i) {
        for (int k = 0; k < FORCED_HOSTILE.length; k++) {
            if (FORCED_HOSTILE[k] == i) {
                return k;
            }
        }
        return -1;
    }

    String typeName() {
        return Words.TYPES[type];
    }

    boolean pairs() {
        return type == 1;
    }
}
