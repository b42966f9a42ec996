package io.aurelius.admin.results;

import java.util.List;

/**
 * Monthly returns by year (a heatmap's rows) with each year's return, computed in UTC.
 *
 * @param years one row per calendar year that has points, ascending
 */
public record MonthlyTable(List<YearRow> years) {

    public MonthlyTable {
        years = List.copyOf(years);
    }

    /**
     * One calendar year.
     *
     * @param year   the year (UTC)
     * @param months 12 simple returns as fractions, January first; NaN where the month has no point
     * @param total  the year's simple return as a fraction
     */
    public record YearRow(int year, double[] months, double total) {

        /** @return the return of {@code month} (1 = January) as a fraction, NaN without data */
        public double month(int month) {
            return months[month - 1];
        }
    }
}
