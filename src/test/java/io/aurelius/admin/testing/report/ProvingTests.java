package io.aurelius.admin.testing.report;

import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.report.Outcome.Evidence;
import io.aurelius.admin.testing.report.Outcome.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The tests that carry {@code @Proves}, found in the compiled test classes: what a complete run must have run.
 * Test classes are what surefire and failsafe run: top-level classes and their {@code @Nested} classes (static
 * nested classes are left out, as surefire leaves them out).
 */
public final class ProvingTests {

    private ProvingTests() {
    }

    /** The rows an element (a test method or class) proves, with the how sentences, in source order. */
    public static List<Evidence> evidence(AnnotatedElement element) {
        return Stream.of(element.getAnnotationsByType(Proves.class)).map(p -> new Evidence(p.value(), p.how()))
                .toList();
    }

    /** A class's test methods that carry {@code @Proves}, its superclasses' included, by name. */
    public static Map<String, Method> methods(Class<?> type) {
        Map<String, Method> found = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (AnnotationSupport.isAnnotated(m, Testable.class) && !evidence(m).isEmpty()) {
                    found.putIfAbsent(m.getName(), m);
                }
            }
        }
        return found;
    }

    /** Every proving test among the classes compiled into {@code testClasses}, as not (yet) run. */
    public static List<Outcome> scan(Path testClasses, ClassLoader loader) {
        List<Outcome> out = new ArrayList<>();
        for (Class<?> type : testClasses(testClasses, loader)) {
            out.addAll(in(type));
        }
        return out;
    }

    /** The proving tests of one test class (the class itself, when it carries {@code @Proves}), as not run. */
    public static List<Outcome> in(Class<?> type) {
        List<Outcome> out = new ArrayList<>();
        List<Evidence> whole = evidence(type);
        if (!whole.isEmpty()) {
            out.add(new Outcome(type.getName(), null, whole, Status.NOT_RUN, null));
        }
        methods(type).forEach((name, m) -> out.add(new Outcome(type.getName(), name, evidence(m), Status.NOT_RUN,
                null)));
        return out;
    }

    private static List<Class<?>> testClasses(Path root, ClassLoader loader) {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String rel = root.relativize(f).toString();
                String name = rel.substring(0, rel.length() - ".class".length()).replace(f.getFileSystem()
                        .getSeparator(), ".");
                load(name, loader).filter(ProvingTests::runnable).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Optional<Class<?>> load(String name, ClassLoader loader) {
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** A class a test run would run: concrete, and top-level or a {@code @Nested} class of one. */
    private static boolean runnable(Class<?> type) {
        if (type.isInterface() || type.isAnnotation() || type.isEnum() || Modifier.isAbstract(type.getModifiers())) {
            return false;
        }
        for (Class<?> c = type; c.getEnclosingClass() != null; c = c.getEnclosingClass()) {
            if (c.isAnonymousClass() || c.isLocalClass() || !c.isAnnotationPresent(Nested.class)) {
                return false;
            }
        }
        return true;
    }
}
