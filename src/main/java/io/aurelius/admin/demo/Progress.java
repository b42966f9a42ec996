package io.aurelius.admin.demo;

/** Receives the generator's progress, from the generating thread, a few times a second at most. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (table, rows, tableTotal, fraction) -> { };

    /**
     * @param table      the table being written (strategies, backtests, validations, gate_results), or "done"
     * @param rows       rows written to that table so far
     * @param tableTotal rows that table will get
     * @param fraction   of the whole job, 0 to 1, weighted by the work each row takes (curves weigh more)
     */
    void update(String table, long rows, long tableTotal, double fraction);
}
