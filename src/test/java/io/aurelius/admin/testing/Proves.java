package io.aurelius.admin.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test as evidence for one row of {@code RELIABILITY.md} (issue 8): the row it proves and, in one
 * sentence, how. The report is written from the test run's outcomes, never by hand.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Proves.All.class)
public @interface Proves {

    /** The row this test is evidence for. */
    Reliability value();

    /** How the test proves it, one sentence ("cuts the TCP link under an open window, then restores it"). */
    String how();

    /** Several rows for one test. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface All {
        Proves[] value();
    }
}
