/**
 * Kunai's core: operations, routing, binding, validation, errors, JSON, OpenAPI, Swagger UI, dependency injection,
 * stages, features and the in-process test client, independent of any HTTP server.
 *
 * <p>Exports the API an application writes against and the SPI other modules extend. The binding and routing
 * engines are internal: {@code dev.kunai.binding} is exported only to kunai-data, which binds request bodies of
 * runtime schemas with it, and {@code dev.kunai.routing} not at all. See {@code docs/architecture.md#modules}.
 */
// "module": the qualified export names dev.kunai.data, which is compiled after this module.
// "requires-automatic", "requires-transitive-automatic": Guice and Bucket4j are automatic modules whose names come
// from their manifests' Automatic-Module-Name (com.google.guice, io.github.bucket4j.core), so they are stable.
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module dev.kunai.core {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.google.guice;
    requires jakarta.inject;
    requires transitive jakarta.validation;
    requires com.fasterxml.classmate;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.module.blackbird;
    requires com.github.benmanes.caffeine;
    requires com.github.victools.jsonschema.generator;
    requires com.github.victools.jsonschema.module.jackson;
    requires com.github.victools.jsonschema.module.jakarta.validation;
    requires com.google.common;
    requires io.github.bucket4j.core;
    requires org.apache.commons.fileupload2.core;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports dev.kunai;
    exports dev.kunai.compression;
    exports dev.kunai.contributor;
    exports dev.kunai.cors;
    exports dev.kunai.docs;
    exports dev.kunai.errors;
    exports dev.kunai.feature;
    exports dev.kunai.http;
    exports dev.kunai.inject;
    exports dev.kunai.json;
    exports dev.kunai.openapi;
    exports dev.kunai.operation;
    exports dev.kunai.pagination;
    exports dev.kunai.param;
    exports dev.kunai.permissions;
    exports dev.kunai.pipeline;
    exports dev.kunai.route;
    exports dev.kunai.schema;
    exports dev.kunai.security;
    exports dev.kunai.server;
    exports dev.kunai.stage;
    exports dev.kunai.testing;
    exports dev.kunai.throttling;
    exports dev.kunai.validation;
    exports dev.kunai.binding to
            dev.kunai.data;

    uses dev.kunai.schema.SchemaFactsProvider;
}
