package dev.kunai.data.read;

import dev.kunai.data.schema.EntityModel;
import dev.kunai.data.schema.SchemaModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * Reads entities straight into a ModelSchema record: one query selecting only the id and the columns the
 * schema needs, then one query per relation level ({@code where owner.id in (:ids)}), never one per row.
 * Records are built from the returned tuples; no managed entity is hydrated. Plans are built once per schema.
 */
public final class SchemaReader {

    /** Most ids bound in one {@code in (…)} list; more owners than this take one more statement per chunk. */
    public static final int CHUNK = 10_000;

    private static final ClassValue<SchemaReader> CACHE = new ClassValue<>() {
        @Override
        protected SchemaReader computeValue(Class<?> schema) {
            return new SchemaReader(SchemaModel.of(schema));
        }
    };

    private record Link(SchemaModel.Component component, int column, String hql) {}

    private final SchemaModel model;
    /** The selected attribute paths: the id first, then columns, then to-one ids. */
    private final List<String> columns;

    private final String rootSelect;
    private final String idPath;
    private final int[] valueColumns;
    private final List<Link> toOne = new ArrayList<>();
    private final List<Link> toMany = new ArrayList<>();

    private SchemaReader(SchemaModel model) {
        this.model = model;
        EntityModel entity = model.entity();
        String id = entity.id().name();
        List<String> columns = new ArrayList<>();
        columns.add(id);
        int size =
                model.components().isEmpty() ? 0 : model.components().getLast().index() + 1;
        valueColumns = new int[size];
        java.util.Arrays.fill(valueColumns, -1);
        for (SchemaModel.Component component : model.components()) {
            switch (component.shape()) {
                case VALUE -> {
                    if (component.attribute().kind() == EntityModel.Kind.VALUE_COLLECTION) {
                        throw new IllegalArgumentException("Schema-driven reads cannot select "
                                + model.schema().getSimpleName() + "." + component.name()
                                + " (an element collection or embedded value); map entities with Schemas.map instead");
                    }
                    if (component.attribute().kind() == EntityModel.Kind.ID) {
                        valueColumns[component.index()] = 0;
                    } else {
                        valueColumns[component.index()] = columns.size();
                        columns.add(component.name());
                    }
                }
                case ONE -> {
                    EntityModel target = EntityModel.of(component.attribute().type());
                    toOne.add(new Link(component, columns.size(), null));
                    columns.add(component.name() + "." + target.id().name());
                }
                case MANY -> toMany.add(new Link(component, -1, null));
            }
        }
        this.columns = List.copyOf(columns);
        this.idPath = "e." + id;
        this.rootSelect = "select " + prefixed("e", columns) + " from " + entity.entityName() + " e";
        for (int i = 0; i < toOne.size(); i++) {
            Link link = toOne.get(i);
            SchemaReader child = of(link.component().nestedSchema().orElseThrow());
            toOne.set(
                    i,
                    new Link(
                            link.component(),
                            link.column(),
                            child.rootSelect + " where " + child.idPath + " in (:ids)"));
        }
        for (int i = 0; i < toMany.size(); i++) {
            Link link = toMany.get(i);
            SchemaReader child = of(link.component().nestedSchema().orElseThrow());
            String childColumns = prefixed("e", child.columns);
            toMany.set(
                    i,
                    new Link(
                            link.component(),
                            -1,
                            "select o." + id + ", " + childColumns + " from "
                                    + entity.entityName() + " o join o."
                                    + link.component().name() + " e where o." + id
                                    + " in (:ids) order by o." + id + ", " + child.idPath));
        }
    }

    /** The reader of {@code schema}, planned once. */
    public static SchemaReader of(Class<?> schema) {
        return CACHE.get(schema);
    }

    private static String prefixed(String alias, List<String> columns) {
        StringBuilder text = new StringBuilder();
        for (String column : columns) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(alias).append('.').append(column);
        }
        return text.toString();
    }

    private final java.util.concurrent.ConcurrentHashMap<org.hibernate.SessionFactory, Optional<JdbcReader>> planned =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The last answer of {@link #planned}: an application has one session factory, so this is nearly always it. */
    private volatile Planned last = new Planned(Optional.empty(), Optional.empty());

    private record Planned(Optional<org.hibernate.SessionFactory> factory, Optional<JdbcReader> reader) {}

    private Optional<JdbcReader> planned(org.hibernate.SessionFactory factory) {
        Planned recent = last;
        if (recent.factory().isPresent() && recent.factory().get().equals(factory)) {
            return recent.reader();
        }
        Optional<JdbcReader> reader = planned.computeIfAbsent(factory, f -> JdbcReader.plan(f, model));
        last = new Planned(Optional.of(factory), reader);
        return reader;
    }

    /**
     * Every row as a record, ordered by id: through SQL planned once from the mapping when the shape allows
     * it (on {@code source}'s connection, no Hibernate session), else through HQL. Pending changes of an open
     * flushing session are flushed first, as a query would.
     */
    public List<Object> listAll(ReadSource source) {
        Optional<JdbcReader> fast = planned(source.factory());
        if (fast.isEmpty()) {
            return list(source.hibernate(), Optional.empty(), new Object[0], 0);
        }
        source.beforeRead();
        return fast.get().listAll(source.connection());
    }

    /**
     * The window of rows {@code spec} selects (filter, order, offset/limit or keyset), with its count when
     * the spec asks for one: planned SQL when the shape allows it, else HQL rendered from the same spec.
     * Throws IllegalArgumentException when the spec names a field or relation the entity does not have.
     */
    public Slice<Object> read(ReadSource source, ReadSpec spec) {
        Optional<JdbcReader> fast = planned(source.factory());
        if (fast.isPresent()) {
            source.beforeRead();
            return fast.get().read(source.connection(), spec);
        }
        Session session = source.hibernate();
        source.beforeRead();
        HqlRenderer.Rendered page = HqlRenderer.page(model.entity(), columns, spec);
        List<Object[]> tuples = page.tuples(session, spec);
        return HqlRenderer.slice(session, model.entity(), spec, tuples, columns.size(), this::records);
    }

    private List<Object> records(Session session, List<Object[]> tuples) {
        List<Row> rows = new ArrayList<>(tuples.size());
        for (Object[] tuple : tuples) {
            rows.add(new Row(tuple, 0));
        }
        complete(session, rows);
        List<Object> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(row.record);
        }
        return records;
    }

    /** Whether this schema's reads run as planned SQL on {@code factory}'s mapping (diagnostics, tests). */
    public boolean listsWithPlannedSql(org.hibernate.SessionFactory factory) {
        return planned(factory).isPresent();
    }

    /** The record class this reader builds. */
    public Class<?> schema() {
        return model.schema();
    }

    /** The entity class this reader selects from. */
    public Class<?> entity() {
        return model.entity().type();
    }

    /**
     * Reads the matching rows as records, ordered by id. {@code condition} is an HQL condition on the entity,
     * aliased {@code e}, with positional parameters {@code ?1, ?2…}; {@code limit} 0 means all.
     */
    public List<Object> list(Session session, Optional<String> condition, Object[] params, int limit) {
        String hql = condition.map(c -> rootSelect + " where " + c).orElse(rootSelect) + " order by " + idPath;
        SelectionQuery<Object[]> query = session.createSelectionQuery(hql, Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        if (limit > 0) {
            query.setMaxResults(limit);
        }
        return records(session, query.getResultList());
    }

    /** Reads the one record with id {@code id}, if there is one. */
    public Optional<Object> find(Session session, Object id) {
        List<Object> found = list(session, Optional.of(idPath + " = ?1"), new Object[] {id}, 0);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** A row of tuple values for one entity, and the record built from it. */
    private static final class Row {
        final Object[] tuple;
        final int offset;
        Object record;

        Row(Object[] tuple, int offset) {
            this.tuple = tuple;
            this.offset = offset;
        }

        Object id() {
            return tuple[offset];
        }
    }

    /** Loads the relations of {@code rows} level by level, then builds each row's record. */
    private void complete(Session session, Collection<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<Object, Object>> oneValues = new ArrayList<>(toOne.size());
        for (Link link : toOne) {
            LinkedHashSet<Object> ids = new LinkedHashSet<>();
            for (Row row : rows) {
                Object fk = row.tuple[row.offset + link.column()];
                if (fk != null) {
                    ids.add(fk);
                }
            }
            SchemaReader child = of(link.component().nestedSchema().orElseThrow());
            List<Row> childRows = new ArrayList<>();
            for (List<Object> chunk : chunks(ids)) {
                for (Object[] tuple : session.createSelectionQuery(link.hql(), Object[].class)
                        .setParameterList("ids", chunk)
                        .getResultList()) {
                    childRows.add(new Row(tuple, 0));
                }
            }
            child.complete(session, childRows);
            Map<Object, Object> byId = new HashMap<>();
            for (Row childRow : childRows) {
                byId.put(childRow.id(), childRow.record);
            }
            oneValues.add(byId);
        }
        List<Map<Object, List<Object>>> manyValues = new ArrayList<>(toMany.size());
        if (!toMany.isEmpty()) {
            List<Object> ownerIds = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ownerIds.add(row.id());
            }
            for (Link link : toMany) {
                manyValues.add(loadMany(session, link, ownerIds));
            }
        }
        for (Row row : rows) {
            Object[] values = new Object[valueColumns.length];
            for (int i = 0; i < valueColumns.length; i++) {
                if (valueColumns[i] >= 0) {
                    values[i] = row.tuple[row.offset + valueColumns[i]];
                }
            }
            for (int i = 0; i < toOne.size(); i++) {
                Link link = toOne.get(i);
                Object fk = row.tuple[row.offset + link.column()];
                values[link.component().index()] =
                        fk == null ? null : oneValues.get(i).get(fk);
            }
            for (int i = 0; i < toMany.size(); i++) {
                SchemaModel.Component component = toMany.get(i).component();
                List<Object> related = manyValues.get(i).getOrDefault(row.id(), List.of());
                values[component.index()] = component.asSet()
                        ? java.util.Collections.unmodifiableSet(new LinkedHashSet<>(related))
                        : java.util.Collections.unmodifiableList(related);
            }
            row.record = model.construct(values);
        }
    }

    private Map<Object, List<Object>> loadMany(Session session, Link link, List<Object> ownerIds) {
        SchemaReader child = of(link.component().nestedSchema().orElseThrow());
        List<Object[]> pairs = new ArrayList<>();
        Map<Object, Row> distinct = new LinkedHashMap<>();
        for (List<Object> chunk : chunks(ownerIds)) {
            for (Object[] tuple : session.createSelectionQuery(link.hql(), Object[].class)
                    .setParameterList("ids", chunk)
                    .getResultList()) {
                Row childRow = distinct.computeIfAbsent(tuple[1], k -> new Row(tuple, 1));
                pairs.add(new Object[] {tuple[0], childRow});
            }
        }
        child.complete(session, distinct.values());
        Map<Object, List<Object>> byOwner = new HashMap<>();
        for (Object[] pair : pairs) {
            byOwner.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(((Row) pair[1]).record);
        }
        return byOwner;
    }

    private static List<List<Object>> chunks(Collection<Object> ids) {
        List<Object> all = new ArrayList<>(ids);
        if (all.size() <= CHUNK) {
            return all.isEmpty() ? List.of() : List.of(all);
        }
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
