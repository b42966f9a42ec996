package io.aurelius.admin.results;

import java.util.List;

/**
 * A gate result read for people: what its {@code results} JSON says, by gate type.
 *
 * @param kind       how it was read (an unknown gate_type is {@link Kind#OTHER}: shown generically)
 * @param gateStatus the stored {@code gate_status} ("PASSED"), or null
 * @param checks     dev: each check; empty for other kinds
 * @param criteria   crv: Sharpe, drawdown and return, threshold against actual; empty for other kinds
 * @param readiness  product: readiness, recommendation and details; null for other kinds
 * @param notes      sentences about odd shapes met on the way (in reading order)
 * @param problem    a sentence when the results could not be read as their type at all, else null
 * @param rest       what was not interpreted, as compact JSON (the whole results for OTHER), or null
 */
public record GateReading(Kind kind, String gateStatus, List<DevCheck> checks, List<Criterion> criteria,
                          Readiness readiness, List<String> notes, String problem, String rest) {

    public enum Kind { DEV, CRV, PRODUCT, OTHER }

    public GateReading {
        checks = List.copyOf(checks);
        criteria = List.copyOf(criteria);
        notes = List.copyOf(notes);
    }

    /** One dev check. */
    public record DevCheck(String name, Flag passed, String description, String message) {
    }

    /**
     * One crv criterion: the threshold, the actual value, the rule between them, the stored pass/fail and the
     * pass/fail the numbers give.
     *
     * @param rule "≥" (actual must be at least the threshold) or "≤"
     */
    public record Criterion(String label, String key, Figure threshold, Figure actual, String rule, Flag stored,
                            Flag computed) {

        /** The stored verdict when there is one, else the computed one. */
        public Flag verdict() {
            return stored.known() ? stored : computed;
        }

        /** True when the stored verdict and the numbers disagree. */
        public boolean contradicts() {
            return stored.known() && computed.known() && stored.state() != computed.state();
        }
    }

    /** A named yes/no, e.g. a readiness check. */
    public record NamedFlag(String name, Flag flag) {
    }

    /**
     * A product gate's verdict.
     *
     * @param ready          production readiness (the row's column, else the results' {@code production_ready})
     * @param recommendation the row's recommendation text, else the results' one, or null
     * @param verdict        the results' {@code recommendation} when it differs from the text shown (e.g.
     *                       "APPROVE"), or null
     * @param score          the readiness score, or missing
     * @param checks         the readiness checks
     */
    public record Readiness(Flag ready, String recommendation, String verdict, Figure score,
                            List<NamedFlag> checks) {

        public Readiness {
            checks = List.copyOf(checks);
        }
    }
}
