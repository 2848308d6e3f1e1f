/**
 * Validation errors in Django Ninja's (pydantic's) shape ({@code type}, {@code loc}, {@code msg}), collected for a
 * whole request and answered together as a 422, with Bean Validation's violations mapped onto them.
 */
package dev.kunai.validation;
