/**
 * What Kunai reads from {@code @Entity} classes once at start-up (attributes, ids, precompiled getters), and how a
 * ModelSchema record is matched to its entity and described in the OpenAPI document.
 */
package dev.kunai.data.schema;
