package io.aurelius.admin.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE conditions of a {@link StrategyFilter} on {@code strategies s}: user input only as bind values.
 * A null status is the empty string, as in the STATUS sort key ({@code COALESCE(s.status, '')}).
 */
final class FilterSql {

    private FilterSql() {
    }

    /** Conditions joined with AND ("TRUE" when there are none); their values go into {@code params}. */
    static String where(StrategyFilter f, SqlParams params) {
        List<String> c = new ArrayList<>();
        if (!f.types().isEmpty()) {
            c.add("s.strategy_type = ANY(" + params.add(new SqlParams.TextArray(List.copyOf(f.types()))) + ")");
        }
        if (!f.statuses().isEmpty()) {
            c.add("COALESCE(s.status, '') = ANY(" + params.add(new SqlParams.TextArray(List.copyOf(f.statuses())))
                    + ")");
        }
        if (f.minConfidence() != null) {
            c.add("s.confidence >= " + params.add(f.minConfidence()));
        }
        if (f.maxConfidence() != null) {
            c.add("s.confidence <= " + params.add(f.maxConfidence()));
        }
        if (f.createdFrom() != null) {
            c.add("s.created_at >= " + params.add(f.createdFrom().atStartOfDay()));
        }
        if (f.createdTo() != null) {
            c.add("s.created_at < " + params.add(f.createdTo().plusDays(1).atStartOfDay()));
        }
        if (f.text() != null) {
            String pattern = "%" + escapeLike(f.text()) + "%";
            c.add("(s.name ILIKE " + params.add(pattern) + " ESCAPE '\\' OR s.description ILIKE "
                    + params.add(pattern) + " ESCAPE '\\')");
        }
        return c.isEmpty() ? "TRUE" : String.join(" AND ", c);
    }

    /** Makes {@code \}, {@code %} and {@code _} match themselves in a LIKE pattern with ESCAPE '\'. */
    static String escapeLike(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' || ch == '%' || ch == '_') {
                b.append('\\');
            }
            b.append(ch);
        }
        return b.toString();
    }
}
