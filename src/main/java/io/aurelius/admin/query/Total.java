package io.aurelius.admin.query;

/** A row count; above a threshold it is the planner's estimate, and says so. */
public record Total(long count, boolean estimated) {
}
