package io.aurelius.admin.bench;

/**
 * One line of the table.
 *
 * @param name   the case
 * @param value  the client's timings
 * @param floorName what the floor is (plain JDBC, raw pg_dump, ...)
 * @param floor  the floor's timings in the same run (null: no floor)
 * @param target what the case should reach
 * @param note   what else was measured or why something is missing ("" when nothing)
 */
public record Result(String name, Stats value, String floorName, Stats floor, Target target, String note) {

    public static Result skipped(String name, Target target, String why) {
        return new Result(name, null, null, null, target, why);
    }

    public Double ratio() {
        return value == null || floor == null || floor.median() <= 0 ? null : value.median() / floor.median();
    }

    public String verdict() {
        return value == null ? "skipped" : target.verdict(value.median(), floor == null ? null : floor.median());
    }
}
