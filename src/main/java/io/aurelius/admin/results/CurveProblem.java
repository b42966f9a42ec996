package io.aurelius.admin.results;

/**
 * Why an {@code equity_curve} column cannot be drawn, in one sentence for the user.
 *
 * @param kind    what kind of problem, for code that wants to react differently
 * @param message one sentence saying what is wrong, shown in place of the chart
 */
public record CurveProblem(Kind kind, String message) implements CurveResult {

    /** The broken shapes the parser recognises. */
    public enum Kind {
        /** SQL NULL, blank text or a JSON {@code null}. */
        EMPTY,
        /** An array without any element. */
        NO_POINTS,
        /** A JSON object where an array was expected. */
        NOT_AN_ARRAY,
        /** An array whose elements are arrays. */
        NESTED_ARRAYS,
        /** Numbers and objects in one array. */
        MIXED_SHAPES,
        /** Every point is unreadable ("n/a", null, text, missing equity). */
        NO_READABLE_POINTS,
        /** Timestamps that go backwards. */
        TIMESTAMPS_NOT_INCREASING,
        /** The text is not valid JSON (truncated, garbage). */
        NOT_JSON
    }
}
