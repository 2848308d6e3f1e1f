package dev.kunai.examples.library;

import dev.kunai.data.model.ModelOperations;
import dev.kunai.data.model.ModelSchemaConfig;
import dev.kunai.data.model.ModelService;
import dev.kunai.operation.Operation;
import java.util.List;

/**
 * {@code /api/writers/}: the authors again, with schemas derived from the {@link Author} entity rather than
 * written as records ({@code WriterSchema}, {@code WriterCreateSchema}, {@code WriterPatchSchema}); the records
 * of {@code /api/authors/} stay as they are.
 */
public final class Writers {
    private Writers() {}

    // tag::writer-operations[]
    /** Every route over authors; the service is made from the application's database on first use. */
    public static List<Operation> operations() {
        return ModelOperations.builder(Author.class, Long.class)
                .path("/writers")
                .name("Writer")
                .tags("Writers")
                .schemas(ModelSchemaConfig.builder().include("name", "bio").build())
                .serviceFor(db -> new ModelService<>(db, Author.class))
                .build();
    }
    // end::writer-operations[]
}
