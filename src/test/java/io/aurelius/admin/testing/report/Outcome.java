package io.aurelius.admin.testing.report;

import io.aurelius.admin.testing.Reliability;
import java.util.List;

/**
 * How one test that carries {@code @Proves} ended: the test (a method, or a whole class when the class carries
 * the annotation), the rows it is evidence for with their how sentences, its status and, for a failure or a
 * skip, one line saying why.
 *
 * @param className the test class's binary name
 * @param method    the test method's name, or null for a class-level {@code @Proves}
 */
public record Outcome(String className, String method, List<Evidence> proves, Status status, String message) {

    /** In order of precedence: when one test ends several times (invocations, containers), the first wins. */
    public enum Status { FAILED, PASSED, SKIPPED, NOT_RUN }

    /** One {@code @Proves}: the row and the sentence saying how the test proves it. */
    public record Evidence(Reliability row, String how) {
    }

    public Outcome {
        proves = List.copyOf(proves);
    }

    /** "pkg.Class#method", or "pkg.Class": the same test in every JVM's results and in the scan. */
    public String key() {
        return method == null ? className : className + "#" + method;
    }

    /** "Class.method" as people read it (nested classes with a dot). */
    public String name() {
        String simple = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
        return method == null ? simple : simple + "." + method;
    }

    /** This outcome joined with another ending of the same test: a failure beats a pass beats a skip. */
    public Outcome and(Status other, String why) {
        if (other.ordinal() < status.ordinal()) {
            return new Outcome(className, method, proves, other, why);
        }
        return this;
    }
}
