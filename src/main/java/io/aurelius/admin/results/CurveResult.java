package io.aurelius.admin.results;

/**
 * What {@link CurveParser} makes of an {@code equity_curve} column: either a usable {@link Curve}
 * or a {@link CurveProblem} whose one sentence the chart area shows instead of a chart.
 */
public sealed interface CurveResult permits Curve, CurveProblem {

    /** @return true when this is a usable curve (possibly of one point only) */
    default boolean isCurve() {
        return this instanceof Curve;
    }
}
