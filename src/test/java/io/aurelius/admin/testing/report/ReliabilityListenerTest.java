package io.aurelius.admin.testing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.report.Outcome.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The listener in a real JUnit run of the fixture classes below (static nested classes: neither surefire nor the
 * report's scan of the test classes treats them as tests of their own), writing into a temporary folder.
 */
class ReliabilityListenerTest {

    @TempDir
    Path tmp;

    static class Fixture {
        @Test
        @Proves(value = Reliability.SERVER_LOST, how = "passes")
        void passes() {
        }

        @Test
        @Proves(value = Reliability.SLOW_QUERY, how = "fails")
        void fails() {
            throw new AssertionError("the status bar said nothing\n  second line");
        }

        @Test
        @Proves(value = Reliability.HOSTILE_TEXT, how = "assumes")
        void skips() {
            assumeTrue(false, "no tmpfs here");
        }

        @Test
        @Disabled("not on this machine")
        @Proves(value = Reliability.SSL_VERIFY_FULL, how = "disabled")
        void disabled() {
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        @Proves(value = Reliability.HOSTILE_JSON, how = "one of three fails")
        void oneOfThree(int i) {
            assertThat(i).isNotEqualTo(2);
        }

        @Test
        @Proves(value = Reliability.READ_ONLY_BROWSING, how = "a")
        @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "b")
        void twoRows() {
        }

        @Test
        void provesNothing() {
        }
    }

    static class BrokenSetUp {
        @BeforeAll
        static void boom() {
            throw new IllegalStateException("the database could not be made");
        }

        @Test
        @Proves(value = Reliability.RESTART_DURING_INIT, how = "never runs")
        void neverRuns() {
        }
    }

    @Proves(value = Reliability.CONCURRENT_INIT, how = "the whole class")
    static class WholeClass {
        @Test
        void one() {
        }

        @Test
        void two() {
        }
    }

    private static final List<Class<?>> ALL = List.of(Fixture.class, BrokenSetUp.class, WholeClass.class);

    private BuildReport report(String run) {
        List<Outcome> proving = ALL.stream().flatMap(c -> ProvingTests.in(c).stream()).toList();
        return new BuildReport(tmp.resolve("target/reliability"), run == null ? null : tmp.resolve("RELIABILITY.md"),
                () -> proving, run);
    }

    /** Runs the classes through a launcher of their own (no auto-registered listeners: not the build's report). */
    private static ReliabilityListener run(BuildReport report, Class<?>... classes) {
        ReliabilityListener listener = new ReliabilityListener(report);
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false).build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(Stream.of(classes).map(c -> selectClass(c)).toList()).build(), listener);
        return listener;
    }

    private static Map<String, Outcome> byName(List<Outcome> outcomes) {
        return outcomes.stream().collect(Collectors.toMap(Outcome::name, Function.identity()));
    }

    @Test
    void everyEndingIsRecordedAndACompleteRunWritesTheProjectsFile() throws Exception {
        ReliabilityListener listener = run(report("build-1"), Fixture.class, BrokenSetUp.class, WholeClass.class);

        Map<String, Outcome> got = byName(listener.outcomes());
        assertThat(got).containsOnlyKeys("ReliabilityListenerTest.Fixture.passes",
                "ReliabilityListenerTest.Fixture.fails",
                "ReliabilityListenerTest.Fixture.skips", "ReliabilityListenerTest.Fixture.disabled",
                "ReliabilityListenerTest.Fixture.oneOfThree", "ReliabilityListenerTest.Fixture.twoRows",
                "ReliabilityListenerTest.BrokenSetUp.neverRuns", "ReliabilityListenerTest.WholeClass");
        assertThat(got.get("ReliabilityListenerTest.Fixture.passes").status()).isEqualTo(Status.PASSED);
        assertThat(got.get("ReliabilityListenerTest.Fixture.fails")).extracting(Outcome::status, Outcome::message)
                .containsExactly(Status.FAILED, "the status bar said nothing second line");
        assertThat(got.get("ReliabilityListenerTest.Fixture.skips")).extracting(Outcome::status, Outcome::message)
                .containsExactly(Status.SKIPPED, "Assumption failed: no tmpfs here");
        assertThat(got.get("ReliabilityListenerTest.Fixture.disabled")).extracting(Outcome::status, Outcome::message)
                .containsExactly(Status.SKIPPED, "not on this machine");
        assertThat(got.get("ReliabilityListenerTest.Fixture.oneOfThree").status()).as("one invocation of three failed")
                .isEqualTo(Status.FAILED);
        assertThat(got.get("ReliabilityListenerTest.Fixture.twoRows").proves()).hasSize(2);
        assertThat(got.get("ReliabilityListenerTest.BrokenSetUp.neverRuns"))
                .extracting(Outcome::status, Outcome::message)
                .as("a class whose set-up failed fails its proving tests")
                .containsExactly(Status.FAILED, "IllegalStateException: the database could not be made");
        assertThat(got.get("ReliabilityListenerTest.WholeClass").status()).isEqualTo(Status.PASSED);

        String root = Files.readString(tmp.resolve("RELIABILITY.md"));
        assertThat(root).isEqualTo(Files.readString(tmp.resolve("target/reliability/RELIABILITY.md")))
                .doesNotContain("Partial run")
                .contains("**FAILED**: `ReliabilityListenerTest.Fixture.fails` — the status bar said nothing")
                .contains("**FAILED**: `ReliabilityListenerTest.BrokenSetUp.neverRuns` — IllegalStateException");
        try (Stream<Path> files = Files.list(tmp.resolve("target/reliability"))) {
            assertThat(files.map(p -> p.getFileName().toString())).filteredOn(n -> n.startsWith("results-"))
                    .singleElement().satisfies(n -> assertThat(n).endsWith(".json"));
        }
    }

    @Test
    void aPartialRunLeavesTheProjectsFileAsItWas() throws Exception {
        Files.writeString(tmp.resolve("RELIABILITY.md"), "the last full run's table\n");

        run(report("build-2"), Fixture.class);

        assertThat(tmp.resolve("RELIABILITY.md")).hasContent("the last full run's table");
        assertThat(Files.readString(tmp.resolve("target/reliability/RELIABILITY.md")))
                .contains("> **Partial run:** 2 of 8 tests")
                .contains("never runs<br><sub>`ReliabilityListenerTest.BrokenSetUp.neverRuns`</sub>"
                        + " | 1 test not run in this build |");
    }

    @Test
    void theJvmsOfOneBuildArePooledAndAnEarlierBuildsResultsDropped() throws Exception {
        BuildReport report = report("build-3");
        Files.createDirectories(report.dir());
        Path earlier = report.dir().resolve("results-1-old.json");
        new RunResults("build-2", "2025-06-01T11:00:00Z", null, null, null, ProvingTests.in(BrokenSetUp.class).stream()
                .map(o -> o.and(Status.PASSED, null)).toList()).write(earlier);

        run(report, Fixture.class);            // the unit tests' JVM
        assertThat(earlier).as("an earlier build's results").doesNotExist();
        assertThat(tmp.resolve("RELIABILITY.md")).doesNotExist();
        run(report, BrokenSetUp.class, WholeClass.class); // the *IT JVM of the same build

        String root = Files.readString(tmp.resolve("RELIABILITY.md"));
        assertThat(root).contains("`ReliabilityListenerTest.Fixture.passes`")
                .contains("**FAILED**: `ReliabilityListenerTest.BrokenSetUp.neverRuns`")
                .contains("Tests: 8 (3 passed, 3 failed, 2 skipped)");
        List<String> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(report.dir())) {
            files.filter(p -> p.getFileName().toString().startsWith("results-"))
                    .forEach(p -> results.add(p.toString()));
        }
        assertThat(results).hasSize(2);
    }

    @Test
    void outsideMavenTheProjectsFileIsNeverWritten() throws Exception {
        run(report(null), Fixture.class, BrokenSetUp.class, WholeClass.class);

        assertThat(tmp.resolve("RELIABILITY.md")).doesNotExist();
        assertThat(tmp.resolve("target/reliability/RELIABILITY.md")).exists();
    }
}
