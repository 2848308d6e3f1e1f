package dev.kunai.data.read;

import dev.kunai.data.schema.EntityModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * A schema-driven read of a field set chosen at runtime (a schema derived from the entity), answered as ordered
 * maps: one statement selects the id, the columns and the to-one relations' ids (foreign keys, no join) of a
 * window of rows — filtered, ordered and paged by the {@link ReadSpec} — and one statement per to-many relation
 * selects the related ids of every row of the window at once ({@code where owner.id in (...)}), ordered by id.
 * Never one statement per row, and no entity is hydrated. Built once at start-up; thread-safe.
 */
public final class FieldReader {

    /** How a field is read. */
    public enum Shape {
        /** The id or a column. */
        VALUE,
        /** A to-one relation, as the related id. */
        ONE_ID,
        /** A to-many relation, as the list of related ids ordered by id. */
        MANY_IDS
    }

    /**
     * One field of the answer.
     *
     * @param name  the attribute (and map key)
     * @param shape how it is read
     */
    public record Field(String name, Shape shape) {}

    private final EntityModel entity;
    private final List<Field> fields;
    private final List<String> columns;
    private final int[] columnOf;
    private final List<Field> toMany;

    private FieldReader(EntityModel entity, List<Field> fields) {
        this.entity = entity;
        this.fields = List.copyOf(fields);
        this.columns = new ArrayList<>();
        this.columnOf = new int[fields.size()];
        this.toMany = new ArrayList<>();
        columns.add(entity.id().name());
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            EntityModel.Attribute attribute = entity.attribute(field.name())
                    .orElseThrow(() -> new IllegalArgumentException(
                            entity.type().getSimpleName() + " has no attribute '" + field.name() + "'"));
            switch (field.shape()) {
                case VALUE -> columnOf[i] = attribute.kind() == EntityModel.Kind.ID ? 0 : column(attribute.name());
                case ONE_ID ->
                    columnOf[i] = column(attribute.name() + "."
                            + EntityModel.of(attribute.type()).id().name());
                case MANY_IDS -> {
                    columnOf[i] = -1;
                    toMany.add(field);
                }
            }
        }
    }

    /** A reader of {@code fields} of {@code entity}; throws IllegalArgumentException for an unknown attribute. */
    public static FieldReader of(EntityModel entity, List<Field> fields) {
        return new FieldReader(entity, fields);
    }

    /** The window of rows {@code spec} selects, each an ordered map of the fields, with its count when asked. */
    public Slice<Object> read(Session session, ReadSpec spec) {
        HqlRenderer.Rendered page = HqlRenderer.page(entity, columns, spec);
        List<Object[]> tuples = page.tuples(session, spec);
        return HqlRenderer.slice(session, entity, spec, tuples, columns.size(), this::rows);
    }

    private List<Object> rows(Session session, List<Object[]> tuples) {
        List<Object> ids = new ArrayList<>(tuples.size());
        tuples.forEach(tuple -> ids.add(tuple[0]));
        List<Map<Object, List<Object>>> related = new ArrayList<>(toMany.size());
        for (Field field : toMany) {
            related.add(relatedIds(session, field, ids));
        }
        List<Object> rows = new ArrayList<>(tuples.size());
        for (Object[] tuple : tuples) {
            Map<String, Object> row = new LinkedHashMap<>();
            int many = 0;
            for (int i = 0; i < fields.size(); i++) {
                row.put(
                        fields.get(i).name(),
                        columnOf[i] >= 0
                                ? tuple[columnOf[i]]
                                : related.get(many++).getOrDefault(tuple[0], List.of()));
            }
            rows.add(Collections.unmodifiableMap(row));
        }
        return rows;
    }

    /** The related ids of every owner in {@code owners}, in one statement. */
    private Map<Object, List<Object>> relatedIds(Session session, Field field, List<Object> owners) {
        Map<Object, List<Object>> byOwner = new HashMap<>();
        if (owners.isEmpty()) {
            return byOwner;
        }
        EntityModel target =
                EntityModel.of(entity.attribute(field.name()).orElseThrow().type());
        String hql = "select o." + entity.id().name() + ", t." + target.id().name() + " from " + entity.entityName()
                + " o join o." + field.name() + " t where o." + entity.id().name() + " in (?1) order by t."
                + target.id().name();
        SelectionQuery<Object[]> query = session.createSelectionQuery(hql, Object[].class);
        query.setParameterList(1, owners);
        for (Object[] pair : query.getResultList()) {
            byOwner.computeIfAbsent(pair[0], owner -> new ArrayList<>()).add(pair[1]);
        }
        return byOwner;
    }

    private int column(String path) {
        columns.add(path);
        return columns.size() - 1;
    }
}
