package io.aurelius.admin.bench;

import io.aurelius.admin.query.Dashboard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Every dashboard panel, on three threads at once (as the dashboard screen loads them). No floor: many statements. */
final class DashboardCase {

    private DashboardCase() {
    }

    static Result all(Bench b) throws Exception {
        Dashboard d = b.services().dashboard();
        List<Callable<Object>> panels = List.of(d::strategiesByType, d::backtestStatuses, d::validationStatuses,
                d::lastActivity, () -> d.recentBacktests(10), () -> d.recentFailures(10), d::gateResults,
                () -> d.productionReady(50), d::latestValidated, () -> d.findStrategies("Momentum", 20));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Stats s = b.measure().one(() -> {
                List<Future<Object>> all = new ArrayList<>();
                for (Callable<Object> p : panels) {
                    all.add(pool.submit(p));
                }
                for (Future<Object> f : all) {
                    f.get();
                }
                return all.size();
            });
            return new Result("dashboard, all " + panels.size() + " panels (3 threads)", s, null, null,
                    Target.under(1000), "");
        } finally {
            pool.shutdownNow();
        }
    }
}
