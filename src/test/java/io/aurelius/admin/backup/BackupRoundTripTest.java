package io.aurelius.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format: back up, restore into a new database, and compare row counts and checksums of every table. */
class BackupRoundTripTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path dir;

    private static TreeMap<String, String> before;
    private static final List<String> created = new ArrayList<>();

    @BeforeAll
    static void fill() throws Exception {
        Fixtures.fill(DB.settings(), 400);
        before = Fixtures.checksums(DB.settings());
    }

    @AfterAll
    static void dropTargets() throws Exception {
        for (String n : created) {
            Fixtures.dropDatabase(n);
        }
    }

    @ParameterizedTest
    @EnumSource(BackupFormat.class)
    void roundTrip(BackupFormat format) throws Exception {
        Path out = dir.resolve("rt-" + format.word() + format.extension());
        List<Progress> seen = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        BackupJob.Result r;
        try (Services s = Services.connect(DB.settings())) {
            BackupService service = new BackupService(s.database(), Fixtures.systemTools());
            BackupRequest req = new BackupRequest(out, format, format == BackupFormat.DIRECTORY ? 2 : 1,
                    format == BackupFormat.CUSTOM ? 9 : null, false, false, List.of(), false, false, null);
            r = service.prepare(req).listener(new JobListener() {
                @Override
                public void line(String line) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }

                @Override
                public void progress(Progress p) {
                    synchronized (seen) {
                        seen.add(p);
                    }
                }
            }).run();
        }
        assertThat(r.path()).exists();
        assertThat(Path.of(out + ".partial")).doesNotExist();
        assertThat(Manifest.pathFor(out)).exists();
        Manifest m = r.manifest();
        assertThat(m.format()).isEqualTo(format.word());
        assertThat(m.database()).isEqualTo(DB.name());
        assertThat(m.tables()).contains("public.strategies", "public.backtests", "public.validations",
                "public.gate_results");
        assertThat(m.sha256()).hasSize(64).isEqualTo(Manifest.sha256(out));
        assertThat(m.pgDumpVersion()).isNotBlank();
        assertThat(m.serverVersion()).isNotBlank();
        assertThat(lines).anyMatch(l -> l.contains("dumping contents of table"));
        assertThat(seen).last().satisfies(p -> {
            assertThat(p.phase()).isEqualTo("done");
            assertThat(p.bytes()).isEqualTo(m.sizeBytes());
            assertThat(p.tables()).isGreaterThanOrEqualTo(4);
        });

        String target = Fixtures.newName("aat_rt_" + format.word());
        created.add(target);
        try (Services s = Services.connect(DB.settings())) {
            RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
            DumpContents c = rs.inspect(out);
            assertThat(c.restorable()).as(c.refusal()).isTrue();
            assertThat(c.format()).isEqualTo(format);
            assertThat(c.tables()).contains("public.strategies");
            if (!format.archive()) {
                assertThat(c.rows()).containsEntry("public.strategies", 400L).containsEntry("public.backtests", 800L);
            }
            RestoreJob.Result rr = rs.prepare(new RestoreRequest(out, target, true, false), c, null).run();
            assertThat(rr.created()).isTrue();
        }
        assertThat(Fixtures.checksums(Fixtures.server(target))).isEqualTo(before);
        assertThat(Files.exists(Path.of("/tmp/aurelius-pwned"))).isFalse();
    }
}
