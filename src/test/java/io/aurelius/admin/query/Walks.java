package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walking the strategies list page by page, checking every row against the oracle on the way. */
final class Walks {

    private Walks() {
    }

    /** Pages forward from the first page to the end; checks each row's counts and latest gate on the way. */
    static List<StrategyPage> walk(StrategyBrowser browser, StrategyFilter filter, SortOrder order, int size) {
        List<StrategyPage> pages = new ArrayList<>();
        StrategyPage p = browser.page(filter, order, size, null, true);
        pages.add(p);
        assertThat(p.hasPrevious()).isFalse();
        while (p.hasNext()) {
            p = browser.page(filter, order, size, p.last(), true);
            pages.add(p);
            assertThat(p.hasPrevious()).isTrue();
            assertThat(pages.size()).isLessThan(1_000_000);
        }
        return pages;
    }

    static List<String> ids(List<StrategyPage> pages, Map<String, Oracle.Expected> expected) {
        List<String> ids = new ArrayList<>();
        for (StrategyPage p : pages) {
            for (StrategyRow r : p.rows()) {
                ids.add(r.id());
                Oracle.Expected e = expected.get(r.id());
                assertThat(new Oracle.Expected(r.backtests(), r.validations(), r.gateResults(), r.latestGateType(),
                        r.latestGatePassed())).as("counts and latest gate of %s", r.id()).isEqualTo(e);
            }
        }
        return ids;
    }
}
