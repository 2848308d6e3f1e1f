package dev.kunai.inject;

import com.google.inject.AbstractModule;
import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kunai's default container: Guice (the container Ninja Extra's injector imitates) with just-in-time
 * bindings, so any class with an {@code @Inject} (or no-argument) constructor can be a controller, plus the
 * instances the application provides (its {@code Db}, settings, ...) and any Guice modules.
 */
public final class GuiceContainer implements Container {

    private final Injector injector;

    private GuiceContainer(Injector injector) {
        this.injector = injector;
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A container with no extra bindings. */
    public static GuiceContainer create() {
        return builder().build();
    }

    /** The underlying injector, for advanced use. */
    public Injector injector() {
        return injector;
    }

    /** A container that also provides {@code instances} (a child injector; this container is unchanged). */
    public GuiceContainer withInstances(Map<Class<?>, Object> instances) {
        try {
            return new GuiceContainer(injector.createChildInjector(instanceModule(Map.copyOf(instances))));
        } catch (CreationException e) {
            throw new IllegalStateException("Dependency injection setup failed: " + firstMessage(e.getMessage()), e);
        }
    }

    private static AbstractModule instanceModule(Map<Class<?>, Object> bound) {
        return new AbstractModule() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                for (Map.Entry<Class<?>, Object> e : bound.entrySet()) {
                    bind((Class) e.getKey()).toInstance(e.getValue());
                }
            }
        };
    }

    @Override
    public <T> T instance(Class<T> type) {
        try {
            return injector.getInstance(type);
        } catch (ConfigurationException | ProvisionException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + firstMessage(e.getMessage()), e);
        }
    }

    private static String firstMessage(String message) {
        if (message == null) {
            return "unknown error";
        }
        String[] lines = message.strip().split("\n");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank() || line.contains("Learn more") || line.startsWith("1 error")) {
                continue;
            }
            out.append(line.strip()).append(' ');
            if (out.length() > 300) {
                break;
            }
        }
        return out.toString().strip();
    }

    /** Builds a {@link GuiceContainer}. */
    public static final class Builder {
        private final Map<Class<?>, Object> instances = new LinkedHashMap<>();
        private final List<Module> modules = new ArrayList<>();

        private Builder() {}

        /** Binds {@code type} to a ready-made instance (e.g. the application's {@code Db}). */
        public <T> Builder bind(Class<T> type, T instance) {
            instances.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(instance, "instance"));
            return this;
        }

        /** Adds a Guice module. */
        public Builder module(Module module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /** Creates the injector. */
        public GuiceContainer build() {
            List<Module> all = new ArrayList<>(modules);
            all.add(instanceModule(Map.copyOf(instances)));
            try {
                return new GuiceContainer(Guice.createInjector(Stage.PRODUCTION, all));
            } catch (CreationException e) {
                throw new IllegalStateException(
                        "Dependency injection setup failed: " + firstMessage(e.getMessage()), e);
            }
        }
    }
}
