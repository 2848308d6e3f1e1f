package dev.kunai.route;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Renames a path variable in every operation of a controller, including those it inherits from a generic base
 * or interface whose paths are fixed in their annotations: {@code @PathVariableName(variable = "id", name =
 * "isbn")} turns {@code /{id}} into {@code /{isbn}}, binds the {@code @Path("id")} parameters to it and documents
 * it as {@code isbn} (Django REST framework's {@code lookup_url_kwarg}; a model controller looking books up by
 * their ISBN). The new name must not clash with another variable of the path (checked at start-up).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface PathVariableName {
    /** The variable as the operations declare it, e.g. {@code "id"}. */
    String variable();

    /** The name it has in this controller's paths, parameters and OpenAPI document, e.g. {@code "isbn"}. */
    String name();
}
