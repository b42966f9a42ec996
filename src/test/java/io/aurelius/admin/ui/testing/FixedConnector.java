package io.aurelius.admin.ui.testing;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.ui.common.Connector;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Connects to given settings (a test database), optionally holding each connect until released. */
public final class FixedConnector implements Connector {

    private final ConnectionSettings settings;
    private final AtomicInteger connects = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile String saying;

    public FixedConnector(ConnectionSettings settings) {
        this.settings = settings;
    }

    /** Connects wait until {@link #release()}: proves the window stays responsive meanwhile. */
    public FixedConnector held() {
        gate = new CountDownLatch(1);
        return this;
    }

    /** Connects report this progress sentence first. */
    public FixedConnector saying(String sentence) {
        saying = sentence;
        return this;
    }

    public void release() {
        gate.countDown();
    }

    public int connects() {
        return connects.get();
    }

    @Override
    public ConnectionSettings resolve() {
        return settings;
    }

    @Override
    public Services connect(ConnectionSettings s, Consumer<String> say) {
        if (saying != null) {
            say.accept(saying);
        }
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the connect");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        connects.incrementAndGet();
        return Services.connect(s);
    }
}
