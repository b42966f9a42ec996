package io.aurelius.admin.testing.report;

import io.aurelius.admin.testing.report.Outcome.Evidence;
import io.aurelius.admin.testing.report.Outcome.Status;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records how every test that carries {@code @Proves} ended in this JVM and, when the JVM's tests are done,
 * writes RELIABILITY.md from the results of all the build's test JVMs ({@link BuildReport}). Registered for
 * surefire and failsafe through {@code META-INF/services}. A report that cannot be written never fails the
 * tests: it says so on stderr.
 */
public final class ReliabilityListener implements TestExecutionListener {

    private final BuildReport report;
    private final Path mine;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private volatile TestPlan plan;

    public ReliabilityListener() {
        this(BuildReport.forThisBuild());
    }

    ReliabilityListener(BuildReport report) {
        this.report = report;
        this.mine = report.newResultsFile();
    }

    /** What this listener recorded so far. */
    List<Outcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        record(id, Status.SKIPPED, reason == null || reason.isBlank() ? "disabled" : reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Status status = switch (result.getStatus()) {
            case SUCCESSFUL -> Status.PASSED;
            case ABORTED -> Status.SKIPPED;
            case FAILED -> Status.FAILED;
        };
        if (id.isContainer() && status == Status.PASSED) {
            return; // a container's success says nothing about its tests; they report for themselves
        }
        record(id, status, result.getThrowable().map(BuildFacts::describe).orElse(null));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        try {
            RunResults results = new RunResults(report.run(), Instant.now().toString(), BuildFacts.command(),
                    outcomes.isEmpty() ? null : BuildFacts.server(), Runtime.version().toString(), outcomes());
            report.publish(mine, results);
        } catch (Exception | LinkageError e) {
            System.err.println("RELIABILITY.md was not written: " + e);
        }
    }

    /** Notes an ending for the proving tests it concerns: its method's, or a whole class's when a class ended. */
    private void record(TestIdentifier id, Status status, String why) {
        try {
            Optional<MethodSource> method = nearest(id, MethodSource.class);
            Optional<Class<?>> type = method.<Class<?>>map(MethodSource::getJavaClass)
                    .or(() -> nearest(id, ClassSource.class).map(ClassSource::getJavaClass));
            if (type.isEmpty()) {
                return;
            }
            Class<?> c = type.get();
            if (method.isPresent()) {
                Method m = method.get().getJavaMethod();
                note(c.getName(), m.getName(), ProvingTests.evidence(m), status, why);
            } else {
                // the class failed or was skipped as a whole (@BeforeAll, @Disabled): its tests never ran
                ProvingTests.methods(c).forEach((name, m) -> note(c.getName(), name, ProvingTests.evidence(m),
                        status, why));
            }
            for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
                note(k.getName(), null, ProvingTests.evidence(k), status, why);
            }
        } catch (RuntimeException | LinkageError e) {
            System.err.println("RELIABILITY.md: could not record " + id.getDisplayName() + ": " + e);
        }
    }

    private void note(String className, String method, List<Evidence> proves, Status status, String why) {
        if (!proves.isEmpty()) {
            outcomes.merge(method == null ? className : className + "#" + method,
                    new Outcome(className, method, proves, status, why), (had, now) -> had.and(status, why));
        }
    }

    /** The source of the given type on the identifier or its nearest ancestor that has one. */
    private <S extends TestSource> Optional<S> nearest(TestIdentifier id, Class<S> kind) {
        for (TestIdentifier at = id; at != null; at = plan == null ? null : plan.getParent(at).orElse(null)) {
            Optional<S> found = at.getSource().filter(kind::isInstance).map(kind::cast);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
