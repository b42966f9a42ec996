package io.aurelius.admin.query;

/** The columns the strategies list can be sorted by; each maps to a fixed SQL expression (never user text). */
public enum StrategySort {
    NAME, TYPE, STATUS, CONFIDENCE, CREATED, UPDATED, BACKTESTS, VALIDATIONS, GATE_RESULTS, LATEST_GATE
}
