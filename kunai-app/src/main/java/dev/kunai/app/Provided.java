package dev.kunai.app;

import com.google.inject.AbstractModule;
import com.google.inject.ConfigurationException;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.ProvisionException;
import dev.kunai.inject.Container;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link KunaiApp#provide} registers: types made by a factory from the container, the first time something
 * asks for them, once per built pipeline. They are Guice provider bindings without declared dependencies, so the
 * container can be created without a database (the {@code openapi} command) and nothing is made until a
 * controller or an authenticator needs it. What they make that is {@link AutoCloseable} is closed by
 * {@link #close()}, newest first (a started application does it when it stops).
 */
final class Provided implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Provided.class);

    /** One {@code provide(type, factory)} registration. */
    record Registration<T>(Class<T> type, Function<Container, ? extends T> factory) {
        Registration {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(factory, "factory");
        }
    }

    private final List<AutoCloseable> made = Collections.synchronizedList(new ArrayList<>());

    /** The Guice module binding each registration to a fresh lazy singleton that records what it makes here. */
    Module module(List<Registration<?>> registrations) {
        List<Registration<?>> frozen = List.copyOf(registrations);
        return new AbstractModule() {
            @Override
            protected void configure() {
                frozen.forEach(this::bindOne);
            }

            private <T> void bindOne(Registration<T> registration) {
                bind(registration.type()).toProvider(new Lazy<>(registration, made));
            }
        };
    }

    /** Closes what was made, newest first; a failure is logged and the others are still closed. */
    @Override
    public void close() {
        List<AutoCloseable> toClose;
        synchronized (made) {
            toClose = new ArrayList<>(made);
            made.clear();
        }
        Collections.reverse(toClose);
        for (AutoCloseable closeable : toClose) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", closeable.getClass().getName(), e.toString());
            }
        }
    }

    /** Makes its registration's instance once, on first use, with the injector it was bound in. */
    private static final class Lazy<T> implements Provider<T> {
        private final Registration<T> registration;
        private final List<AutoCloseable> made;
        private Injector injector;
        private T value;

        Lazy(Registration<T> registration, List<AutoCloseable> made) {
            this.registration = registration;
            this.made = made;
        }

        @Inject
        void injector(Injector value) {
            this.injector = value;
        }

        @Override
        public synchronized T get() {
            if (value != null) {
                return value;
            }
            // A factory asking for its own type is reported by Guice as a circular dependency (a start-up error).
            T created = Objects.requireNonNull(
                    registration.factory().apply(this::instance),
                    () -> "The factory of " + registration.type().getName() + " returned null");
            if (created instanceof AutoCloseable closeable) {
                made.add(closeable);
            }
            value = created;
            return created;
        }

        private <U> U instance(Class<U> type) {
            try {
                return injector.getInstance(type);
            } catch (ConfigurationException | ProvisionException e) {
                throw new IllegalStateException(
                        "Cannot create " + type.getName() + " for "
                                + registration.type().getName() + ": " + e.getMessage(),
                        e);
            }
        }
    }
}
