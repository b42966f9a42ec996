package io.aurelius.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.testing.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launcher (pg_dump + pg_restore --list check + SHA-256 + manifest) against the same pg_dump command run by
 * hand, alternating, on one database. Run with -Daurelius.benchmark=true (and -Daurelius.benchmark.rows=N).
 */
@EnabledIfSystemProperty(named = "aurelius.benchmark", matches = "true")
class BackupBenchmarkTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path dir;

    @Test
    void launcherVersusByHand() throws Exception {
        int rows = Integer.getInteger("aurelius.benchmark.rows", 20000);
        Fixtures.fill(DB.settings(), rows);
        ConnectionSettings s = DB.settings();
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "*:*:*:" + PgConnection.escape(s.user()) + ":" + PgConnection.escape(s.password()));
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        List<Long> launcher = new ArrayList<>();
        List<Long> hand = new ArrayList<>();
        List<Long> inside = new ArrayList<>();
        long size = 0;
        try (Services sv = Services.connect(s)) {
            BackupService service = new BackupService(sv.database(), Fixtures.systemTools());
            for (int i = 0; i < Integer.getInteger("aurelius.benchmark.runs", 5); i++) {
                Path a = dir.resolve("launcher-" + i + ".dump");
                long t0 = System.nanoTime();
                BackupJob job = service.prepare(BackupRequest.of(a, BackupFormat.CUSTOM));
                BackupJob.Result r = job.run();
                launcher.add(System.nanoTime() - t0);
                inside.add(r.dumping().toNanos());
                size = r.manifest().sizeBytes();

                Path b = dir.resolve("hand-" + i + ".dump");
                List<String> cmd = new ArrayList<>(List.of(job.pgDump().path().toString(), "--format=custom",
                        "--file=" + b, "--host=" + s.host(), "--port=" + s.port(), "--username=" + s.user(),
                        "--no-password", "--dbname=" + s.database()));
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                pb.environment().put("PGPASSFILE", pgpass.toString());
                long t1 = System.nanoTime();
                assertThat(pb.start().waitFor()).isZero();
                hand.add(System.nanoTime() - t1);
            }
        }
        List<Long> overhead = new ArrayList<>();
        for (int i = 0; i < launcher.size(); i++) {
            overhead.add(launcher.get(i) - inside.get(i));
        }
        System.out.printf(Locale.ROOT, "BENCHMARK launcher overhead outside pg_dump (prepare, password file, check,"
                + " SHA-256, manifest): median %.1f ms %s; pg_dump inside the launcher: median %.1f ms%n",
                median(overhead) / 1e6, ms(overhead), median(inside) / 1e6);
        long l = median(launcher);
        long h = median(hand);
        System.out.printf(Locale.ROOT, "BENCHMARK custom dump of %d bytes: launcher median %.1f ms, by hand median"
                + " %.1f ms, ratio %.3f (runs: launcher %s, hand %s)%n", size, l / 1e6, h / 1e6, (double) l / h,
                ms(launcher), ms(hand));
    }

    private static long median(List<Long> xs) {
        List<Long> c = new ArrayList<>(xs);
        Collections.sort(c);
        return c.get(c.size() / 2);
    }

    private static String ms(List<Long> xs) {
        return xs.stream().map(x -> String.format(Locale.ROOT, "%.0f", x / 1e6)).toList().toString();
    }
}
