package io.aurelius.admin.bench;

import io.aurelius.admin.query.Cursor;
import io.aurelius.admin.query.ServiceSql;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.StrategyFilter;
import io.aurelius.admin.query.StrategySort;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.Set;

/** The strategies list: the data service (pool, read-only transaction, mapping) against the same SQL in plain JDBC. */
final class ListCases {

    static final int PAGE = 50;
    static final int DEEP_PAGE = 10_000;
    static final Target LIST = Target.both(1.5, 50);
    static final String FLOOR = "same SQL, plain JDBC";

    private ListCases() {
    }

    static Result firstPage(Bench b) throws Exception {
        return page(b, "strategies, first page (50 rows, newest first)", StrategyFilter.none(),
                SortOrder.newestFirst(), null, LIST);
    }

    static Result keysetDeep(Bench b) throws Exception {
        Cursor c = deepCursor(b);
        if (c == null) {
            return Result.skipped("page 10,000 by keyset", LIST, "fewer than 500,000 strategies");
        }
        return page(b, "page 10,000 by keyset (seek from its cursor)", StrategyFilter.none(), SortOrder.newestFirst(),
                c, LIST);
    }

    /** The same page by OFFSET (what the app never does): the case is OFFSET, its floor the keyset statement. */
    static Result offsetDeep(Bench b) throws Exception {
        Cursor c = deepCursor(b);
        if (c == null) {
            return Result.skipped("page 10,000 by OFFSET", Target.INFO, "fewer than 500,000 strategies");
        }
        String offset = "SELECT s.id, s.name, s.strategy_type, s.status, s.confidence, s.created_at, s.updated_at"
                + " FROM strategies s ORDER BY s.created_at DESC, s.id DESC OFFSET " + offsetOf(DEEP_PAGE)
                + " LIMIT " + PAGE;
        String keyset = "SELECT s.id, s.name, s.strategy_type, s.status, s.confidence, s.created_at, s.updated_at"
                + " FROM strategies s WHERE (s.created_at, s.id) < (CAST(? AS timestamp), ?)"
                + " ORDER BY s.created_at DESC, s.id DESC LIMIT " + PAGE;
        String at = c.sortValue().toString().replace('T', ' ');
        Measure.Pair p = b.measure().pair(() -> b.jdbc().rows(offset), () -> b.jdbc().rows(keyset, at, c.id()));
        return new Result("page 10,000 by OFFSET (plain JDBC, page columns only)", p.value(),
                "keyset, same columns", p.floor(), Target.INFO, "why the app pages by keyset");
    }

    static Result filtered(Bench b) throws Exception {
        StrategyFilter f = new StrategyFilter(Set.of("ts_momentum"), null, null, null, null, null, "momentum");
        return page(b, "filter: type ts_momentum + text 'momentum'", f, SortOrder.newestFirst(), null,
                Target.both(1.5, 300));
    }

    static Result byConfidence(Bench b) throws Exception {
        return page(b, "sort by confidence (highest first), first page", StrategyFilter.none(),
                new SortOrder(StrategySort.CONFIDENCE, true), null, LIST);
    }

    static Result busyStrategy(Bench b) throws Exception {
        String id = b.data().busyStrategyId();
        Target t = Target.under(200);
        if (id == null) {
            return Result.skipped("strategy with 1,000 backtests", t, "the data set has no busy strategy");
        }
        StrategyBrowser browser = b.services().browser();
        ServiceSql sql = ServiceSql.backtests(id);
        Measure.Pair p = b.measure().pair(() -> browser.backtests(id).size(), () -> b.jdbc().rows(sql));
        return new Result("strategy with 1,000 backtests: backtests tab", p.value(), FLOOR, p.floor(), t,
                browser.backtests(id).size() + " rows");
    }

    private static Result page(Bench b, String name, StrategyFilter f, SortOrder o, Cursor c, Target t)
            throws Exception {
        StrategyBrowser browser = b.services().browser();
        ServiceSql sql = ServiceSql.page(f, o, c, PAGE);
        Measure.Pair p = b.measure().pair(() -> browser.page(f, o, PAGE, c, true).rows().size(),
                () -> b.jdbc().rows(sql));
        return new Result(name, p.value(), FLOOR, p.floor(), t,
                browser.page(f, o, PAGE, c, true).rows().size() + " rows");
    }

    /** The cursor page {@value #DEEP_PAGE} starts after (the last row of the page before), newest first. */
    static Cursor deepCursor(Bench b) throws Exception {
        try (PreparedStatement ps = b.jdbc().connection().prepareStatement("SELECT created_at, id FROM strategies"
                + " ORDER BY created_at DESC, id DESC OFFSET " + (offsetOf(DEEP_PAGE) - 1) + " LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Cursor(SortOrder.newestFirst(), rs.getObject(1, LocalDateTime.class),
                    rs.getString(2)) : null;
        }
    }

    static long offsetOf(int page) {
        return (long) (page - 1) * PAGE;
    }
}
