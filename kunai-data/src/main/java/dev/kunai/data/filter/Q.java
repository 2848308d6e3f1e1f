package dev.kunai.data.filter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lookup(s) a {@link FilterSchema} component filters by, in Django's notation (Ninja's
 * {@code Field(q="name__icontains")}): {@code "title__icontains"}, {@code "tags__name__in"},
 * {@code "year__range"}. Several lookups are joined by {@link #connector()} (OR by default, as in Ninja).
 * Without {@code @Q} a component is an {@code exact} lookup of the attribute of its name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Q {

    /** The lookups: {@code attribute[__relationAttribute]*[__lookup]}; the lookup defaults to {@code exact}. */
    String[] value();

    /** How the lookups of this component are joined. */
    Connector connector() default Connector.OR;

    /**
     * Whether an absent (empty {@code Optional}) value is ignored (the default); when false, absent means
     * "is null" ({@code isnull} true).
     */
    boolean ignoreNone() default true;
}
