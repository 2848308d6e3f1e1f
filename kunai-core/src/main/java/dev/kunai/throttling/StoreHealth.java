package dev.kunai.throttling;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one line when the throttle store becomes unreachable and one when it answers again. */
final class StoreHealth {

    private static final Logger LOG = LoggerFactory.getLogger(Throttling.class);

    private final String store;
    private final Throttling.OnStoreFailure mode;
    private final AtomicBoolean down = new AtomicBoolean();

    StoreHealth(String store, Throttling.OnStoreFailure mode) {
        this.store = store;
        this.mode = mode;
    }

    void failed(ThrottleStoreException failure) {
        if (down.compareAndSet(false, true)) {
            LOG.warn(
                    "Throttle store {} is unreachable ({}); {} requests until it answers again",
                    store,
                    failure.getMessage(),
                    mode == Throttling.OnStoreFailure.ALLOW ? "letting through unthrottled" : "answering 503 to");
        }
        LOG.debug("Throttle store failure", failure);
    }

    void answered() {
        if (down.get() && down.compareAndSet(true, false)) {
            LOG.info("Throttle store {} answers again; throttling resumed", store);
        }
    }

    boolean isDown() {
        return down.get();
    }
}
