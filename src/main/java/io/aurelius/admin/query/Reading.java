package io.aurelius.admin.query;

/**
 * A number read out of JSON that may not be one: {@code value} when it is a number (or a numeric string),
 * otherwise null with the {@code raw} text kept so the cell can show it as unreadable.
 */
public record Reading(Double value, String raw) {

    public static final Reading ABSENT = new Reading(null, null);

    public boolean present() {
        return value != null;
    }

    /** There is something, but it is not a number ("n/a", an object, ...). */
    public boolean unreadable() {
        return value == null && raw != null;
    }
}
