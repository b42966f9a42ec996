package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.CurveParser;
import io.aurelius.admin.ui.backtest.CurveAnalysis;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A Cancel ends the work after a read too: a curve's parse between chunks, its analysis between steps. */
class CancelTest {

    private static final int POINTS = 200_000;
    private static final byte[] CURVE = IntStream.range(0, POINTS).mapToObj(i -> Integer.toString(100_000 + i))
            .collect(Collectors.joining(",", "[", "]")).getBytes(StandardCharsets.UTF_8);

    /** The curve's bytes; once a quarter has been read, {@code cancel} is requested (null: never). */
    private static InputStream curve(Cancel cancel, AtomicLong read) {
        return new FilterInputStream(new ByteArrayInputStream(CURVE)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (read.addAndGet(Math.max(n, 0)) > CURVE.length / 4 && cancel != null) {
                    cancel.request();
                }
                return n;
            }
        };
    }

    @Test
    void aRequestDuringTheParseEndsItBeforeTheRestIsRead() {
        Cancel cancel = new Cancel();
        AtomicLong read = new AtomicLong();
        assertThatThrownBy(() -> cancel.around(() -> CurveParser.parse(Cancel.checked(curve(cancel, read)))))
                .isInstanceOf(CancelledException.class);
        assertThat(read.get()).as("bytes read before the parse stopped").isLessThan(CURVE.length / 2);
    }

    @Test
    void withoutARequestTheWholeCurveIsParsed() throws Exception {
        AtomicLong read = new AtomicLong();
        Object parsed = new Cancel().around(() -> CurveParser.parse(Cancel.checked(curve(null, read))));
        assertThat(parsed).isInstanceOfSatisfying(Curve.class, c -> assertThat(c.count()).isEqualTo(POINTS));
    }

    @Test
    void theAnalysisOfAReadCurveStopsToo() {
        Curve c = (Curve) CurveParser.parse(new String(CURVE, StandardCharsets.UTF_8));
        Cancel cancel = new Cancel();
        cancel.request();
        assertThatThrownBy(() -> cancel.around(() -> CurveAnalysis.of(c))).isInstanceOf(CancelledException.class);
        assertThat(CurveAnalysis.of(c).curve()).as("outside a Cancel it runs").isSameAs(c);
    }

    @Test
    void oneRequestRunsEveryHookOnceAndLaterHooksAtOnce() {
        Cancel cancel = new Cancel();
        AtomicInteger runs = new AtomicInteger();
        Runnable removed = cancel.whenRequested(runs::incrementAndGet);
        cancel.whenRequested(runs::incrementAndGet);
        cancel.whenRequested(runs::incrementAndGet);
        removed.run();
        cancel.request();
        cancel.request();
        assertThat(runs).hasValue(2);
        cancel.whenRequested(runs::incrementAndGet);
        assertThat(runs).as("a hook registered after the request runs at once").hasValue(3);
    }
}
