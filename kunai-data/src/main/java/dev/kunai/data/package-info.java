/**
 * Kunai's data layer entry points: {@link dev.kunai.data.ModelSchema} records (Django Ninja's {@code ModelSchema})
 * mirroring JPA entities, checked against them at start-up and mapped without reflection per call.
 */
package dev.kunai.data;
