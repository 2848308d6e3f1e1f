package dev.kunai.data.read;

import dev.kunai.data.schema.EntityModel;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * Managed entities (not schema records) selected by a {@link Condition}: the same condition tree the
 * schema-driven reads take, rendered as HQL with bound parameters, for code that loads objects to change them
 * (a model service narrowing its writes to the rows a request may touch).
 */
public final class EntityReads {

    private EntityReads() {}

    /**
     * At most {@code limit} entities of {@code type} that {@code where} matches, ordered by id.
     *
     * @throws IllegalArgumentException when the condition names a field or relation the entity does not have
     */
    public static <E> List<E> list(Session session, Class<E> type, Condition where, int limit) {
        Objects.requireNonNull(where, "where");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        HqlRenderer.Rendered rendered = HqlRenderer.entities(EntityModel.of(type), where);
        SelectionQuery<E> query = session.createSelectionQuery(rendered.hql(), type);
        rendered.bind(query);
        return query.setMaxResults(limit).getResultList();
    }
}
