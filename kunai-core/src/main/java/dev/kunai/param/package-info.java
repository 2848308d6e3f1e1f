/**
 * Annotations that say where a handler parameter comes from (Django Ninja's {@code Path}, {@code Query},
 * {@code Header}, {@code Cookie}, {@code Body}, {@code Form}, {@code File}).
 */
package dev.kunai.param;
