package io.aurelius.admin.query;

import java.util.Optional;

/** The read side of the validation and gate result screens: one read-only transaction per call. */
public interface ResultReader {

    /** JSON columns longer than this many characters are not read for display (the raw view says so). */
    int JSON_LIMIT = 4_000_000;

    Optional<ValidationDetail> validation(String id);

    /** The newest validation's id (for a snapshot without --id). */
    Optional<String> newestValidation();

    /** A strategy's gate history; empty when the strategy does not exist and has no gate results. */
    Optional<GateHistory> gateHistory(String strategyId);

    /** A strategy with dev, crv and product results (the newest such), else any with a gate result. */
    Optional<String> strategyWithGates();
}
