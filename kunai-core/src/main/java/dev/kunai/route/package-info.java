/**
 * Annotations that declare controllers and their operations (Ninja Extra's {@code @api_controller}, {@code @http_get},
 * {@code @http_post}, ...).
 */
package dev.kunai.route;
