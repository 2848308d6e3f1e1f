package dev.kunai.data;

import dev.kunai.data.schema.SchemaMismatchException;
import dev.kunai.data.schema.SchemaModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The start-up check that every ModelSchema record still matches its entity. */
public final class ModelSchemas {

    private ModelSchemas() {}

    /**
     * Checks {@code schemas} and every schema they nest; throws {@link SchemaMismatchException} listing each
     * problem as "Record.component: … Entity.attribute …".
     */
    public static void verify(Collection<Class<?>> schemas) {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(schemas);
        while (!todo.isEmpty()) {
            Class<?> schema = todo.pop();
            if (!seen.add(schema)) {
                continue;
            }
            List<String> own = SchemaModel.problems(schema);
            if (own.isEmpty()) {
                for (SchemaModel.Component component : SchemaModel.of(schema).components()) {
                    component.nestedSchema().ifPresent(todo::push);
                }
            }
            problems.addAll(own);
        }
        if (!problems.isEmpty()) {
            throw SchemaMismatchException.of(problems);
        }
    }

    /** Checks {@code schemas}; see {@link #verify(Collection)}. */
    public static void verify(Class<?>... schemas) {
        verify(List.of(schemas));
    }
}
