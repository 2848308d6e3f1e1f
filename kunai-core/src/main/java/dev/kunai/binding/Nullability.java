package dev.kunai.binding;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;

/** Recognises "may be null" markers: Kunai's {@code @Nullable} or any annotation named {@code Nullable}. */
public final class Nullability {

    private Nullability() {}

    /** Whether the element (or its type use) is annotated as nullable. */
    public static boolean isNullable(AnnotatedElement element) {
        if (hasNullable(element.getAnnotations())) {
            return true;
        }
        if (element instanceof RecordComponent c) {
            return hasNullable(c.getAnnotatedType().getAnnotations());
        }
        if (element instanceof Parameter p) {
            return hasNullable(p.getAnnotatedType().getAnnotations());
        }
        return false;
    }

    private static boolean hasNullable(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }
}
