package io.aurelius.admin.query;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.export.StrategiesCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times the dashboard's panels, one by one (best of 5) and all at once on three threads as the app runs them,
 * and optionally ({@code --export}) the CSV export of the whole strategies list, on the database the DB_* /
 * PG* environment names (e.g. one filled by {@code demo --benchmark}). Not a test: run it by hand:
 * <pre>
 * DB_NAME=... mvn -q -o test-compile exec:java ... or: java -cp target/classes:target/test-classes:$(deps) \
 *   io.aurelius.admin.query.DashboardBenchmark [--export]
 * </pre>
 */
public final class DashboardBenchmark {

    public static void main(String[] args) throws Exception {
        try (Services s = Services.connect(SettingsResolver.fromSystem().resolve(SettingsResolver.Overrides.none()))) {
            Dashboard d = s.dashboard();
            Map<String, Callable<Object>> panels = new LinkedHashMap<>();
            panels.put("strategies by type", () -> d.strategiesByType());
            panels.put("backtest statuses", () -> d.backtestStatuses());
            panels.put("validation statuses", () -> d.validationStatuses());
            panels.put("last activity", () -> d.lastActivity());
            panels.put("recent backtests", () -> d.recentBacktests(10));
            panels.put("recent failures", () -> d.recentFailures(10));
            panels.put("gate results", () -> d.gateResults());
            panels.put("production ready", () -> d.productionReady(50));
            panels.put("latest validated", () -> d.latestValidated());
            panels.put("find 'Momentum'", () -> d.findStrategies("Momentum", 20));
            panels.put("find (no match)", () -> d.findStrategies("zzqqxx", 20));
            d.lastActivity(); // Hibernate's start-up is not the dashboard's
            for (Map.Entry<String, Callable<Object>> p : panels.entrySet()) {
                double best = Double.MAX_VALUE;
                Object result = null;
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    result = p.getValue().call();
                    best = Math.min(best, (System.nanoTime() - t) / 1e6);
                }
                String shown = String.valueOf(result);
                System.out.printf("%-22s %8.1f ms  %s%n", p.getKey(), best,
                        shown.length() > 110 ? shown.substring(0, 110) + "…" : shown);
            }
            ExecutorService pool = Executors.newFixedThreadPool(3);
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                java.util.List<Future<Object>> all = new java.util.ArrayList<>();
                for (String name : new String[] {"strategies by type", "backtest statuses", "validation statuses",
                        "last activity", "recent backtests", "recent failures", "gate results", "production ready",
                        "latest validated"}) {
                    all.add(pool.submit(panels.get(name)));
                }
                for (Future<Object> f : all) {
                    f.get();
                }
                System.out.printf("all panels on 3 threads: %.1f ms%n", (System.nanoTime() - t) / 1e6);
            }
            pool.shutdown();
            if (java.util.Arrays.asList(args).contains("--export")) {
                Path file = Files.createTempFile("strategies", ".csv");
                Runtime rt = Runtime.getRuntime();
                long[] peak = {0};
                StrategiesCsv.Result r = s.strategiesCsv().export(null, null, file, new Cancel(), (rows, total) -> {
                    if (rows % 100_000 == 0) {
                        System.gc();
                        peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                        System.out.printf("  %,d rows%n", rows);
                    }
                });
                System.out.printf("export: %,d rows, %,d bytes in %.1f s; heap used at most %,d MB (sampled)%n",
                        r.rows(), Files.size(file), r.elapsed().toMillis() / 1000.0, peak[0] >> 20);
                Files.delete(file);
            }
        }
    }
}
