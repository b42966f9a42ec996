package io.aurelius.admin.bench;

import io.aurelius.admin.Services;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What every case gets.
 *
 * @param services the app's services on the benchmark database
 * @param jdbc     the plain-JDBC floor connection
 * @param data     the data set's counts and special rows
 * @param measure  warm-ups and repetitions
 * @param work     a scratch folder (exports, backups)
 * @param out      progress lines
 */
public record Bench(Services services, PlainJdbc jdbc, Dataset data, Measure measure, Path work, PrintWriter out) {

    public void say(String line) {
        out.println(line);
        out.flush();
    }
}
