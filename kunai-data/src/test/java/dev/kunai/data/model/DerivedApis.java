package dev.kunai.data.model;

import dev.kunai.KunaiApi;
import dev.kunai.data.db.Db;
import dev.kunai.data.read.Condition;
import dev.kunai.data.read.Lookup;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.Operation;
import dev.kunai.permissions.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The model APIs with derived schemas that the tests mount: members (configured) and books (every field). */
final class DerivedApis {

    private DerivedApis() {}

    // tag::member-operations[]
    static List<Operation> members(Supplier<Db> db) {
        return ModelOperations.builder(Member.class, Long.class)
                .path("/members")
                .tags("Members")
                .schemas(ModelSchemaConfig.builder()
                        .exclude("age")
                        .readOnly("status")
                        .writeOnly("password")
                        .build())
                .service(() -> new ModelService<>(db.get(), Member.class))
                .build();
    }
    // end::member-operations[]

    /** Members whose email may be left out of a body, although its column is NOT NULL and has no default. */
    static List<Operation> lenientMembers(Supplier<Db> db) {
        return ModelOperations.builder(Member.class, Long.class)
                .path("/lenient")
                .name("LenientMember")
                .routes(ModelRoute.CREATE, ModelRoute.LIST)
                .schemas(ModelSchemaConfig.builder()
                        .exclude("age", "password", "favourite")
                        .optional("email")
                        .build())
                .service(() -> new ModelService<>(db.get(), Member.class))
                .build();
    }

    static List<Operation> books(Supplier<Db> db) {
        return ModelOperations.builder(Book.class, Long.class)
                .path("/volumes")
                .name("Volume")
                .tags("Volumes")
                .service(() -> new ModelService<>(db.get(), Book.class))
                .build();
    }

    static List<Operation> tags(Supplier<Db> db) {
        return ModelOperations.builder(Tag.class, String.class)
                .path("/labels")
                .name("Label")
                .lookup("name")
                .routes(ModelRoute.RETRIEVE, ModelRoute.CREATE, ModelRoute.DELETE)
                .service(() -> new ModelService<>(db.get(), Tag.class, "name"))
                .build();
    }

    /** The owner of the guarded operations: its {@code @Permissions} apply to each, objects included. */
    @Permissions(Controllers.NoSecretAuthors.class)
    static final class Guarded {}

    /** Authors guarded by an object permission, and scoped to those with an {@code @example.org} email. */
    static List<Operation> guarded(Supplier<Db> db) {
        return ModelOperations.builder(Author.class, Long.class)
                .path("/guarded")
                .name("Guarded")
                .owner(Guarded.class)
                .service(() -> new ModelService<>(db.get(), Author.class) {
                    @Override
                    protected Optional<Condition> scope(RequestContext request) {
                        return Optional.of(Condition.of("email", Lookup.CONTAINS, "@example.org"));
                    }
                })
                .build();
    }

    static KunaiApi api(Supplier<Db> db) {
        List<Operation> all = new ArrayList<>();
        all.addAll(guarded(db));
        all.addAll(members(db));
        all.addAll(lenientMembers(db));
        all.addAll(books(db));
        all.addAll(tags(db));
        return KunaiApi.builder().operations(all.toArray(Operation[]::new)).build();
    }
}
