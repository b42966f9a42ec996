package io.aurelius.admin.testing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan of the compiled test classes that tells a complete run from a partial one. */
class ProvingTestsTest {

    private static List<Outcome> scan() throws Exception {
        Path testClasses = Path.of(ProvingTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ProvingTests.scan(testClasses, ProvingTests.class.getClassLoader());
    }

    @Test
    void findsTheProvingTestsOfTheTestClassesButNotStaticNestedFixtures() throws Exception {
        List<String> keys = scan().stream().map(Outcome::key).toList();

        assertThat(keys).contains("io.aurelius.admin.query.ReadOnlyBrowsingTest"
                        + "#aWriteThroughTheReadPathIsRefusedByTheServerAndChangesNothing",
                "io.aurelius.admin.query.HostileRowsTest#everyMethodWorksOnHostileRows")
                .doesNotHaveDuplicates()
                .noneMatch(k -> k.contains("ReliabilityListenerTest$"));
    }

    @Test
    void everyHowIsASentence() throws Exception {
        assertThat(scan()).flatMap(Outcome::proves).allSatisfy(e -> assertThat(e.how())
                .as(e.row() + ": how the test proves it, in one sentence").isNotBlank().endsWith("."));
    }
}
