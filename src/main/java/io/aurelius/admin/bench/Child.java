package io.aurelius.admin.bench;

import io.aurelius.admin.config.ConnectionSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A child process (a JVM on this class path, pg_dump): run to the end, timed, its output kept. */
final class Child {

    record Run(int exit, String output, double millis) {
    }

    private Child() {
    }

    /** {@code java [jvmOptions] -cp <this class path> mainClass args}. */
    static List<String> java(List<String> jvmOptions, String mainClass, String... args) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(jvmOptions);
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add(mainClass);
        c.addAll(List.of(args));
        return c;
    }

    /** The connection as DB_* environment values (the password never goes on a command line). */
    static Map<String, String> environment(ConnectionSettings s) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("DB_HOST", s.host(), "DB_PORT",
                String.valueOf(s.port()), "DB_NAME", s.database(), "DB_USER", s.user()));
        if (s.hasPassword()) {
            env.put("DB_PASSWORD", s.password());
            env.put("PGPASSWORD", s.password());
        }
        return env;
    }

    static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        long t = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Run(exit, out, (System.nanoTime() - t) / 1e6);
    }

    /** Runs and fails with the command's last output line when it does not exit with 0. */
    static Run check(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Run r = run(command, env);
        if (r.exit() != 0) {
            String[] lines = r.output().strip().split("\n");
            throw new IllegalStateException(command.get(0) + " exited with " + r.exit() + ": "
                    + lines[lines.length - 1]);
        }
        return r;
    }
}
