package dev.kunai.data.model;

import dev.kunai.contributor.Input;
import dev.kunai.data.db.Session;
import dev.kunai.data.read.Condition;
import dev.kunai.data.read.Lookup;
import dev.kunai.data.read.ReadSpec;
import dev.kunai.data.read.Slice;
import dev.kunai.data.schema.EntityModel;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.Operation;
import dev.kunai.pagination.LimitOffset;
import dev.kunai.pagination.LimitOffsetPagination;
import dev.kunai.pagination.Paged;
import dev.kunai.pagination.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The operations of {@link ModelOperations}: each route's inputs, documented answers and handler, over the
 * derived schemas (built once) and the service (resolved on first use).
 *
 * @param <E>  the entity
 * @param <ID> the lookup type
 */
final class DerivedOperations<E, ID> {

    private final EntitySchemas schemas;
    private final String name;
    private final Function<RequestContext, ModelService<E, ID>> service;
    private final LimitOffsetPagination pagination;
    private final ResponseSchema response;
    private final PageSchema page;
    private final PayloadSchema create;
    private final PayloadSchema patch;
    private final ModelWriter writer;

    DerivedOperations(
            EntitySchemas schemas,
            String name,
            Function<RequestContext, ModelService<E, ID>> service,
            LimitOffsetPagination pagination) {
        this.schemas = schemas;
        this.name = name;
        this.service = service;
        this.pagination = pagination;
        this.response = new ResponseSchema(name + "Schema", schemas);
        this.page = new PageSchema(response);
        this.create = new PayloadSchema(name + "CreateSchema", schemas, false);
        this.patch = new PayloadSchema(name + "PatchSchema", schemas, true);
        this.writer = ModelWriter.of(schemas.entity(), create.name(), schemas.write());
    }

    /** The operation of {@code route} at {@code path} (list, create) or {@code path/{variable}} (the others). */
    Operation.Builder define(ModelRoute route, String path, String variable, Class<ID> lookupType) {
        boolean detail = route != ModelRoute.LIST && route != ModelRoute.CREATE;
        Operation.Builder b =
                Operation.builder(ModelOperations.method(route), detail ? path + "/{" + variable + "}" : path + "/");
        Input<ID> key = detail ? b.path(variable, lookupType) : null;
        switch (route) {
            case LIST -> {
                Input<LimitOffset> window = b.query(LimitOffset.class);
                b.handler(
                        page,
                        in -> pagination.page(
                                in.get(window),
                                source(service.apply(in.context()), ModelOperations.request(in.context()))));
            }
            case RETRIEVE ->
                b.response(ModelOperations.notFound())
                        .handler(
                                response,
                                in -> service.apply(in.context())
                                        .get(
                                                in.get(key),
                                                ModelOperations.request(in.context()),
                                                (s, spec) -> response.reader()
                                                        .read(s.hibernate(), spec)
                                                        .items())
                                        .orElseThrow(() -> ModelOperations.absent(
                                                schemas.entity().type())));
            case CREATE -> {
                Input<Object> body = b.body("payload", create);
                b.status(201)
                        .response(ModelOperations.conflict("Conflicts with another object"))
                        .handler(
                                response,
                                in -> service.apply(in.context())
                                        .create(
                                                (s, object, errors) -> writer.write(
                                                        s, object, ((Payload) in.get(body)).values(), errors),
                                                this::answer,
                                                ModelOperations.request(in.context())));
            }
            case UPDATE -> {
                Input<Object> body = b.body("payload", create);
                b.response(ModelOperations.notFound())
                        .response(ModelOperations.conflict("Conflicts with another object"))
                        .handler(
                                response,
                                in -> change(in.get(key), ModelAction.UPDATE, replacing((Payload) in.get(body)), in));
            }
            case PATCH -> {
                Input<Object> body = b.body("payload", patch);
                b.response(ModelOperations.notFound())
                        .response(ModelOperations.conflict("Conflicts with another object"))
                        .handler(
                                response,
                                in -> change(
                                        in.get(key),
                                        ModelAction.PARTIAL_UPDATE,
                                        ((Payload) in.get(body)).values(),
                                        in));
            }
            case DELETE ->
                b.response(ModelOperations.notFound())
                        .response(ModelOperations.conflict("Still referenced by other objects"))
                        .handler(void.class, in -> {
                            if (!service.apply(in.context())
                                    .delete(in.get(key), ModelOperations.request(in.context()))) {
                                throw ModelOperations.absent(schemas.entity().type());
                            }
                            return null;
                        });
        }
        return b.operationId(name + "_" + operationName(route)).summary(summary(route));
    }

    private Object change(
            ID key, ModelAction action, Map<String, Object> values, dev.kunai.contributor.InputValues in) {
        return service.apply(in.context())
                .change(
                        key,
                        action,
                        this::answer,
                        ModelOperations.request(in.context()),
                        (s, object, errors) -> writer.write(s, object, values, errors))
                .orElseThrow(() -> ModelOperations.absent(schemas.entity().type()));
    }

    /** A PUT replaces: every write field not sent gets what a new object has (null, a default, no related ids). */
    private Map<String, Object> replacing(Payload payload) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (DerivedField field : schemas.write()) {
            if (payload.values().containsKey(field.name())) {
                values.put(field.name(), payload.values().get(field.name()));
            } else if (field.shape() == DerivedField.Shape.MANY_IDS) {
                values.put(field.name(), List.of());
            } else if (field.shape() == DerivedField.Shape.VALUE) {
                values.put(field.name(), schemas.defaultOf(field.name()));
            } else {
                values.put(field.name(), null);
            }
        }
        return values;
    }

    /** The written object as the response schema reads it, in the same transaction (after the flush). */
    private Object answer(Session session, E object) {
        EntityModel entity = schemas.entity();
        ReadSpec one = ReadSpec.builder()
                .where(Condition.of(
                        entity.id().name(), Lookup.EXACT, entity.id().get(object)))
                .limit(1)
                .build();
        return response.reader().read(session.hibernate(), one).items().getFirst();
    }

    /** Pages of the objects the request may see, each window one read session. */
    private Source<Object> source(ModelService<E, ID> made, ModelRequest request) {
        ReadSpec spec = made.scoped(ReadSpec.all(), request);
        return window -> made.db().read(s -> {
            Slice<Object> slice = response.reader()
                    .read(
                            s.hibernate(),
                            spec.toBuilder()
                                    .offset(window.offset())
                                    .limit(window.limit())
                                    .count(window.count())
                                    .build());
            return new Paged<>(slice.items(), slice.count(), slice.more(), slice.firstKey(), slice.lastKey());
        });
    }

    private static String operationName(ModelRoute route) {
        return switch (route) {
            case LIST -> "list";
            case RETRIEVE -> "retrieve";
            case CREATE -> "create";
            case UPDATE -> "update";
            case PATCH -> "partialUpdate";
            case DELETE -> "delete";
        };
    }

    private static String summary(ModelRoute route) {
        return route == ModelRoute.PATCH
                ? "Partial Update"
                : operationName(route).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                        + operationName(route).substring(1);
    }
}
