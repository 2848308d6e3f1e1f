package dev.kunai.throttling;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts an operation, or every operation of a controller, from all throttles declared at a less specific
 * level (Django Ninja's {@code throttle=[]}). A {@link Throttled} on an operation of a {@code @NoThrottle}
 * controller still applies: the most specific declaration wins.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NoThrottle {}
