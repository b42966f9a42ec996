package io.aurelius.admin.results;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Not a test: times parsing and reduction of a 10^6-point curve. Run with
 * {@code java -cp target/classes:target/test-classes:<jackson jars> io.aurelius.admin.results.CurveBenchmark [points]}.
 */
public final class CurveBenchmark {

    private static final int RUNS = 7;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CurveBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String numbers = numbers(n);
        String engine = engineObjects(n);
        byte[] engineBytes = engine.getBytes(StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%,d points; numbers JSON %,d chars, engine JSON %,d chars; %d CPUs, load %.1f%n",
                n, numbers.length(), engine.length(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        time("parse numbers (String)", () -> CurveParser.parse(numbers));
        time("parse engine objects (String)", () -> CurveParser.parse(engine));
        time("parse engine objects (UTF-8 InputStream)",
                () -> CurveParser.parse(new ByteArrayInputStream(engineBytes)));
        Curve c = (Curve) CurveParser.parse(engine);
        double[] x = c.xAxis();
        time("reduce to 2,000", () -> Reducer.reduce(x, c.values(), 2000));
        time("reduce to 4,000", () -> Reducer.reduce(x, c.values(), 4000));
        time("reduce visible 10 % to 2,000", () -> Reducer.reduce(x, c.values(), n / 2, n / 2 + n / 10, 2000));
        time("underwater", () -> Drawdowns.underwater(c.values()));
        time("5 worst drawdowns", () -> Drawdowns.worst(c, 5));
        time("monthly table", () -> Returns.monthly(c));
        time("rolling Sharpe 252", () -> Returns.rollingSharpe(c.values(), 252, 252));
        time("curve stats", () -> CurveStats.of(c));
    }

    /**
     * Runs {@code work} {@value #RUNS} times; prints the first (cold) run and the best and median
     * warm runs, as wall time and as this thread's CPU time (which a busy machine inflates less).
     */
    private static void time(String what, Supplier<?> work) {
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        Object sink = null;
        for (int i = 0; i < RUNS; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink = work.get();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        long firstWall = wall[0];
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-40s cold %7.1f ms | wall min %6.1f median %6.1f ms | cpu min %6.1f median %6.1f ms%n",
                what, firstWall / 1e6, wall[0] / 1e6, wall[RUNS / 2] / 1e6, cpu[0] / 1e6, cpu[RUNS / 2] / 1e6);
        if (sink == null) {
            throw new IllegalStateException(what);
        }
    }

    static String numbers(int n) {
        Random r = new Random(1);
        StringBuilder s = new StringBuilder(n * 12).append('[');
        double v = 100_000;
        for (int i = 0; i < n; i++) {
            v *= 1 + r.nextGaussian() * 0.01;
            s.append(i == 0 ? "" : ",").append(Math.round(v * 100) / 100.0);
        }
        return s.append(']').toString();
    }

    static String engineObjects(int n) {
        Random r = new Random(2);
        StringBuilder s = new StringBuilder(n * 50).append('[');
        double v = 100_000;
        for (int i = 0; i < n; i++) {
            v *= 1 + r.nextGaussian() * 0.01;
            s.append(i == 0 ? "" : ",").append("{\"timestamp\":\"").append(1_000_000_000L + 86_400L * i)
                    .append("\",\"equity\":\"").append(Math.round(v * 100) / 100.0).append("\"}");
        }
        return s.append(']').toString();
    }
}
