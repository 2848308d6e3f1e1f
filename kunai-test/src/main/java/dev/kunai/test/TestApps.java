package dev.kunai.test;

import dev.kunai.pipeline.Application;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Finds the {@link Application} a {@code @KunaiTest(app = ...)} names: the class itself, or its static factory. */
final class TestApps {

    private TestApps() {}

    /**
     * The application {@code type} stands for: an instance when it implements {@link Application} and has a
     * public no-argument constructor, else what its one public static no-argument method returning an
     * {@link Application} (such as {@code KunaiApp}) returns.
     */
    static Application load(Class<?> type) {
        List<Method> factories = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0
                    && Application.class.isAssignableFrom(method.getReturnType())) {
                factories.add(method);
            }
        }
        try {
            if (factories.size() == 1) {
                return (Application) factories.get(0).invoke(null);
            }
            if (factories.isEmpty() && Application.class.isAssignableFrom(type)) {
                return (Application) type.getConstructor().newInstance();
            }
        } catch (InvocationTargetException e) {
            throw new ParameterResolutionException(
                    "@KunaiTest(app = " + type.getSimpleName() + "): building the application failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException(
                    "@KunaiTest(app = " + type.getSimpleName() + "): cannot create the application", e);
        }
        throw new ParameterResolutionException("@KunaiTest(app = " + type.getSimpleName() + "): expected exactly one "
                + "public static no-argument method returning a KunaiApp (e.g. 'public static KunaiApp app()'), found "
                + factories.size());
    }
}
