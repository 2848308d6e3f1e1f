package dev.kunai.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts an operation (or every operation of a controller) from authentication (Django Ninja's
 * {@code auth=None}). The most specific declaration wins: {@code @Secured} on a method of a {@code @Public}
 * controller secures that method again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Public {}
