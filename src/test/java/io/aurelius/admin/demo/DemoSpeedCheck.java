package io.aurelius.admin.demo;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Measures generation speed; runs only when asked:
 * {@code mvn test -Dtest=DemoSpeedCheck -Ddemo.speed=default} (10,000 strategies) or {@code -Ddemo.speed=benchmark}
 * (the issue-7 data set).
 */
@EnabledIfSystemProperty(named = "demo.speed", matches = "default|benchmark|\\d+")
class DemoSpeedCheck {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static double jvmCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : -1;
    }

    /** CPU time of this database's server processes (same machine only), from /proc; -1 when unknown. */
    static double backendCpuSeconds(Services s) {
        try {
            return s.database().withConnection(c -> {
                double total = 0;
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                        "SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
                    while (rs.next()) {
                        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + rs.getInt(1)
                                + "/stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        total += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                    }
                } catch (java.io.IOException e) {
                    return -1.0;
                }
                return total;
            });
        } catch (RuntimeException e) {
            return -1;
        }
    }

    @Test
    void measure() {
        String which = System.getProperty("demo.speed");
        DemoSpec spec = which.equals("benchmark") ? DemoSpec.benchmark()
                : DemoSpec.of(which.equals("default") ? DemoSpec.DEFAULT_STRATEGIES : Long.parseLong(which));
        try (Services s = Services.connect(DB.settings())) {
            s.schema().init();
            long[] last = {System.nanoTime()};
            DemoResult r = new DemoData(s.database()).generate(spec, (t, n, total, f) -> {
                if (System.nanoTime() - last[0] > 10_000_000_000L || n == total) {
                    last[0] = System.nanoTime();
                    System.out.printf(Locale.ROOT, "  %5.1f%% %-12s %,d / %,d%n", f * 100, t, n, total);
                }
            }, () -> false);
            System.out.printf(Locale.ROOT, "DEMO SPEED %s: %s rows %,d, %,d MB COPY, %.1f s, %,.0f rows/s;"
                    + " CPU: this JVM %.1f s, server backends %.1f s%n", which, r.rows(), r.totalRows(),
                    r.bytes() >> 20, r.elapsed().toNanos() / 1e9, r.rowsPerSecond(), jvmCpuSeconds(),
                    backendCpuSeconds(s));
        }
    }
}
