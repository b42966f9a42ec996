package io.aurelius.admin.results;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A number read out of a JSON result that may not be one: JSON numbers and numeric strings are read
 * ({@code "1.42"}), anything else there is {@link Status#UNREADABLE} with its raw text, an absent key or
 * JSON null is {@link Status#MISSING}.
 *
 * @param value the number, NaN unless {@link Status#OK}
 * @param raw   the stored value as text (compact JSON for objects and arrays), null when missing
 */
public record Figure(Status status, double value, String raw) {

    /** Whether the value was present and numeric. */
    public enum Status { OK, MISSING, UNREADABLE }

    public static final Figure MISSING = new Figure(Status.MISSING, Double.NaN, null);

    public static Figure of(double value) {
        return Double.isFinite(value) ? new Figure(Status.OK, value, Double.toString(value)) : MISSING;
    }

    /** Reads a JSON value (null for an absent key). */
    public static Figure of(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return MISSING;
        }
        String raw = v.isValueNode() ? v.asText() : v.toString();
        double d = v.isNumber() ? v.doubleValue() : v.isTextual() ? Values.number(v.asText()) : Double.NaN;
        return Double.isFinite(d) ? new Figure(Status.OK, d, raw) : new Figure(Status.UNREADABLE, Double.NaN, raw);
    }

    public boolean readable() {
        return status == Status.OK;
    }

    public boolean unreadable() {
        return status == Status.UNREADABLE;
    }
}
