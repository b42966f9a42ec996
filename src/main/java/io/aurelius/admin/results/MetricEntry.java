package io.aurelius.admin.results;

/**
 * One node of the metrics tree beyond the key statistics, in document order (a parent comes
 * right before its children), so a tree table can be built from {@code depth}.
 *
 * @param path   where it is, e.g. {@code provenance.git_sha} or {@code parity.checks[0].name}
 * @param name   the last step of the path ({@code git_sha}, {@code [0]})
 * @param depth  0 for top-level keys
 * @param kind   the JSON type
 * @param text   the value as text; for objects and arrays a summary such as "3 keys"
 * @param number the value as a number when it is one (numeric strings too), else NaN
 */
public record MetricEntry(String path, String name, int depth, Kind kind, String text, double number) {

    /** The JSON type of an entry. */
    public enum Kind { OBJECT, ARRAY, NUMBER, TEXT, BOOLEAN, NULL }

    /** @return true for objects and arrays, which have children after them */
    public boolean isContainer() {
        return kind == Kind.OBJECT || kind == Kind.ARRAY;
    }
}
