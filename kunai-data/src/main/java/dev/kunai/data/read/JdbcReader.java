package dev.kunai.data.read;

import dev.kunai.data.schema.SchemaModel;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs the SQL of a {@link ReadPlan} on the unit of work's connection ({@link Statements}: logged, counted in
 * Hibernate's statistics, errors converted): no HQL translation, no entity hydration, no Hibernate session. A page is
 * one statement for the root rows, one per relation level for those rows' ids (in chunks of
 * {@link SchemaReader#CHUNK}), and one {@code count(*)} when asked.
 */
final class JdbcReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcReader.class);

    private final ReadPlan plan;
    private final ConditionWriter.Dialect dialect;
    private final Statements statements;
    private final Optional<String> joined;
    /** The joined statement's tuple types: the root's select list, then the child's (empty when not joined). */
    private final Class<?>[] joinedTypes;
    /** The statements of every relation level of the plan, by relation (never written after construction). */
    private final IdentityHashMap<ReadPlan.Nested, RelationStatements> relations = new IdentityHashMap<>();

    JdbcReader(ReadPlan plan, ConditionWriter.Dialect dialect, Statements statements) {
        this.plan = plan;
        this.dialect = dialect;
        this.statements = statements;
        boolean oneFlatMany = plan.nested.size() == 1
                && plan.nested.getFirst().link().kind() != ReadPlan.LinkKind.TO_ONE
                && plan.nested.getFirst().child().nested.isEmpty();
        this.joined = oneFlatMany ? Optional.of(SqlRenderer.joined(plan)) : Optional.empty();
        this.joinedTypes = oneFlatMany ? joinedTypes(plan) : new Class<?>[0];
        addRelations(plan);
    }

    private void addRelations(ReadPlan owner) {
        for (ReadPlan.Nested nested : owner.nested) {
            relations.put(nested, new RelationStatements(owner, nested));
            addRelations(nested.child());
        }
    }

    private static Class<?>[] joinedTypes(ReadPlan plan) {
        Class<?>[] rootTypes = plan.selectTypes();
        Class<?>[] childTypes = plan.nested.getFirst().child().selectTypes();
        Class<?>[] types = new Class<?>[rootTypes.length + childTypes.length];
        System.arraycopy(rootTypes, 0, types, 0, rootTypes.length);
        System.arraycopy(childTypes, 0, types, rootTypes.length, childTypes.length);
        return types;
    }

    /**
     * The reader of {@code model} on {@code factory}'s mapping, or empty when the shape needs the HQL reader;
     * the reason is logged (once: callers cache the answer per session factory).
     */
    static Optional<JdbcReader> plan(org.hibernate.SessionFactory factory, SchemaModel model) {
        org.hibernate.engine.spi.SessionFactoryImplementor implementor =
                factory.unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class);
        try {
            ReadPlan plan = ReadPlan.build(implementor.getMappingMetamodel(), model);
            return Optional.of(new JdbcReader(
                    plan, dialect(implementor.getJdbcServices().getDialect()), new Statements(implementor)));
        } catch (ReadPlan.Unplannable e) {
            LOG.info(
                    "{} is read through HQL, not planned SQL: {}",
                    model.schema().getSimpleName(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static ConditionWriter.Dialect dialect(org.hibernate.dialect.Dialect dialect) {
        if (dialect instanceof org.hibernate.dialect.PostgreSQLDialect) {
            return ConditionWriter.Dialect.POSTGRESQL;
        }
        if (dialect instanceof org.hibernate.dialect.H2Dialect) {
            return ConditionWriter.Dialect.H2;
        }
        return ConditionWriter.Dialect.OTHER;
    }

    /** Every row as a record, ordered by id. */
    List<Object> listAll(Connection jdbc) {
        if (joined.isPresent()) {
            return listJoined(jdbc, joined.get());
        }
        ReadSpec all = ReadSpec.all();
        SqlRenderer.Rendered root = SqlRenderer.page(plan, all, dialect);
        List<Object[]> rows = query(jdbc, root.sql(), root.params(), plan.selectTypes());
        return records(jdbc, plan, rows, 0, true);
    }

    /** The window of rows {@code spec} selects, with its count when asked. */
    Slice<Object> read(Connection jdbc, ReadSpec spec) {
        OptionalLong count = OptionalLong.empty();
        if (spec.count()) {
            SqlRenderer.Rendered counting = SqlRenderer.count(plan, spec, dialect);
            List<Object[]> total = query(jdbc, counting.sql(), counting.params(), new Class<?>[] {Long.class});
            count = OptionalLong.of((Long) total.getFirst()[0]);
        }
        SqlRenderer.Rendered page = SqlRenderer.page(plan, spec, dialect);
        List<ReadPlan.Column> keys = SqlRenderer.orderColumns(plan, spec);
        Class<?>[] types = new Class<?>[plan.select.size() + keys.size() - 1];
        Class<?>[] selected = plan.selectTypes();
        System.arraycopy(selected, 0, types, 0, selected.length);
        for (int i = 0; i < keys.size() - 1; i++) {
            types[selected.length + i] = keys.get(i).type();
        }
        List<Object[]> rows = query(jdbc, page.sql(), page.params(), types);
        return Slice.assemble(spec, rows, plan.select.size(), count, kept -> records(jdbc, plan, kept, 0, false));
    }

    /** Loads the relations of {@code rows} (tuples of {@code at}'s select list from {@code offset}) and builds the records. */
    private List<Object> records(Connection jdbc, ReadPlan at, List<Object[]> rows, int offset, boolean everyRow) {
        List<Map<Object, Object>> related = new ArrayList<>(at.nested.size());
        for (ReadPlan.Nested nested : at.nested) {
            related.add(load(jdbc, nested, rows, offset, everyRow));
        }
        List<Object> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            records.add(construct(at, row, offset, related));
        }
        return records;
    }

    /**
     * One relation level: owner key → list of records (to-many), or target id → record (to-one). With
     * {@code everyRow} (an unfiltered list of every root row) a to-many level is read without an id list.
     */
    private Map<Object, Object> load(
            Connection jdbc, ReadPlan.Nested nested, List<Object[]> rows, int offset, boolean everyRow) {
        boolean toOne = nested.link().kind() == ReadPlan.LinkKind.TO_ONE;
        LinkedHashSet<Object> ids = new LinkedHashSet<>();
        for (Object[] row : rows) {
            Object id = row[offset + (toOne ? nested.fkColumn() : 0)];
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        RelationStatements statements = relations.get(nested);
        List<Object[]> tuples = new ArrayList<>();
        if (everyRow && !toOne) {
            tuples.addAll(query(jdbc, statements.everyOwner(), List.of(), statements.types()));
        } else {
            for (List<Object> chunk : chunks(ids)) {
                List<Object> padded = RelationStatements.pad(chunk);
                tuples.addAll(query(jdbc, statements.forIds(padded), padded, statements.types()));
            }
        }
        List<Object> records = records(jdbc, nested.child(), tuples, 1, false);
        Map<Object, Object> byKey = new HashMap<>();
        for (int i = 0; i < tuples.size(); i++) {
            Object key = tuples.get(i)[0];
            if (toOne) {
                byKey.put(key, records.get(i));
            } else {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) byKey.computeIfAbsent(key, k -> new ArrayList<>());
                list.add(records.get(i));
            }
        }
        return byKey;
    }

    private static Object construct(ReadPlan at, Object[] row, int offset, List<Map<Object, Object>> related) {
        Object[] values = columns(at, row, offset);
        for (int i = 0; i < at.nested.size(); i++) {
            ReadPlan.Nested nested = at.nested.get(i);
            SchemaModel.Component component = nested.component();
            if (nested.link().kind() == ReadPlan.LinkKind.TO_ONE) {
                Object fk = row[offset + nested.fkColumn()];
                values[component.index()] = fk == null ? null : related.get(i).get(fk);
            } else {
                @SuppressWarnings("unchecked")
                List<Object> children = (List<Object>) related.get(i).getOrDefault(row[offset], List.of());
                values[component.index()] = relation(component, children);
            }
        }
        return at.model.construct(values);
    }

    /** One statement: each row carries the root's columns then one child's (nulls when it has none). */
    private List<Object> listJoined(Connection jdbc, String sql) {
        ReadPlan child = plan.nested.getFirst().child();
        int childAt = plan.selectTypes().length;
        List<Object> records = new ArrayList<>();
        Object[] current = null;
        List<Object> children = List.of();
        for (Object[] tuple : query(jdbc, sql, List.of(), joinedTypes)) {
            if (current == null || !current[0].equals(tuple[0])) {
                if (current != null) {
                    records.add(constructWith(current, children));
                }
                current = tuple;
                children = new ArrayList<>();
            }
            if (tuple[childAt] != null) {
                children.add(construct(child, tuple, childAt, List.of()));
            }
        }
        if (current != null) {
            records.add(constructWith(current, children));
        }
        return records;
    }

    /** A root record of the joined list: {@code row}'s columns and its one to-many relation, {@code children}. */
    private Object constructWith(Object[] row, List<Object> children) {
        Object[] values = columns(plan, row, 0);
        SchemaModel.Component component = plan.nested.getFirst().component();
        values[component.index()] = relation(component, children);
        return plan.model.construct(values);
    }

    /** The record's constructor arguments with {@code at}'s columns filled from {@code row} (from {@code offset}). */
    private static Object[] columns(ReadPlan at, Object[] row, int offset) {
        Object[] values = new Object[at.columnOf.length];
        for (int i = 0; i < at.columnOf.length; i++) {
            if (at.columnOf[i] >= 0) {
                values[i] = row[offset + at.columnOf[i]];
            }
        }
        return values;
    }

    private static Object relation(SchemaModel.Component component, List<Object> children) {
        return component.asSet()
                ? Collections.unmodifiableSet(new LinkedHashSet<>(children))
                : Collections.unmodifiableList(children);
    }

    private List<Object[]> query(Connection jdbc, String sql, List<Object> params, Class<?>[] types) {
        return statements.query(jdbc, sql, params, types);
    }

    private static List<List<Object>> chunks(Collection<Object> ids) {
        List<Object> all = new ArrayList<>(ids);
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SchemaReader.CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SchemaReader.CHUNK)));
        }
        return chunks;
    }
}
