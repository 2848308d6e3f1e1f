package dev.kunai.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires one of the named authentication schemes on an operation, or on every operation of a controller
 * (Django Ninja's {@code auth=[...]} on a router or an operation). Names are the {@link Auth#schemeName()}s of
 * schemes registered on the API ({@code KunaiApi.builder().auth(...)} or {@code .authSchemes(...)}); an unknown
 * name fails at start-up. The most specific declaration wins: operation, then controller, then the API's default;
 * {@link Public} opts out at either level.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Secured {

    /** The scheme names; a request authenticated by any one of them is accepted (tried in this order). */
    String[] value();
}
