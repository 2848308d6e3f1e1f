package dev.kunai.data.model;

import dev.kunai.KunaiApi;
import dev.kunai.data.db.Db;
import dev.kunai.operation.Operation;
import java.util.ArrayList;
import java.util.List;
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

    static KunaiApi api(Supplier<Db> db) {
        List<Operation> all = new ArrayList<>();
        all.addAll(members(db));
        all.addAll(books(db));
        all.addAll(tags(db));
        return KunaiApi.builder().operations(all.toArray(Operation[]::new)).build();
    }
}
