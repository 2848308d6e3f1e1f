package dev.kunai.data.read;

import dev.kunai.data.schema.EntityModel;
import dev.kunai.data.schema.SchemaModel;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The fast path of an unfiltered schema-driven list ({@code s.all(Book.class, BookSchema.class)}): SQL
 * written once, at first use, from Hibernate's own mapping (table and column names), then run on the
 * session's connection through Hibernate's statement preparer (so statistics and statement inspectors
 * still see it) — no HQL translation, no entity hydration: one left-joined statement when the schema has
 * one to-many relation, else one statement for the rows plus one per to-many relation. Only plain shapes qualify (single-table entities, basic columns of simple types,
 * to-many relations to schemas of basic columns); others use the HQL reader.
 */
final class JdbcListPlan {

    private static final Set<Class<?>> SIMPLE = Set.of(
            String.class,
            Long.class,
            Integer.class,
            Short.class,
            Boolean.class,
            Double.class,
            Float.class,
            BigDecimal.class,
            UUID.class,
            LocalDate.class,
            LocalDateTime.class,
            OffsetDateTime.class,
            Instant.class);

    private record Relation(SchemaModel.Component component, String sql, JdbcListPlan child, String joinedSql) {}

    private final SchemaModel model;
    private final String rootSql;
    private final int[] columnOf;
    private final Class<?>[] columnTypes;
    private final List<Relation> relations;

    private JdbcListPlan(
            SchemaModel model, String rootSql, int[] columnOf, Class<?>[] columnTypes, List<Relation> relations) {
        this.model = model;
        this.rootSql = rootSql;
        this.columnOf = columnOf;
        this.columnTypes = columnTypes;
        this.relations = relations;
    }

    /** The plan for {@code model} on {@code factory}'s mapping, or empty when the shape needs the HQL reader. */
    static Optional<JdbcListPlan> of(SessionFactory factory, SchemaModel model) {
        try {
            return build(
                    factory.unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                            .getMappingMetamodel(),
                    model,
                    true);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<JdbcListPlan> build(MappingMetamodel metamodel, SchemaModel model, boolean allowRelations) {
        EntityModel entity = model.entity();
        EntityPersister persister = metamodel.getEntityDescriptor(entity.type());
        if (!(persister instanceof AbstractEntityPersister table)
                || table.getTableNames().length != 1
                || table.getIdentifierColumnNames().length != 1) {
            return Optional.empty();
        }
        String id = table.getIdentifierColumnNames()[0];
        List<String> columns = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        columns.add(id);
        types.add(entity.id().type());
        int size =
                model.components().isEmpty() ? 0 : model.components().getLast().index() + 1;
        int[] columnOf = new int[size];
        java.util.Arrays.fill(columnOf, -1);
        List<Relation> relations = new ArrayList<>();
        List<SchemaModel.Component> many = new ArrayList<>();
        for (SchemaModel.Component component : model.components()) {
            EntityModel.Attribute attribute = component.attribute();
            switch (component.shape()) {
                case VALUE -> {
                    if (!SIMPLE.contains(attribute.type())) {
                        return Optional.empty();
                    }
                    if (attribute.kind() == EntityModel.Kind.ID) {
                        columnOf[component.index()] = 0;
                    } else if (attribute.kind() == EntityModel.Kind.BASIC) {
                        String[] names = table.getPropertyColumnNames(attribute.name());
                        if (names.length != 1) {
                            return Optional.empty();
                        }
                        columnOf[component.index()] = columns.size();
                        columns.add(names[0]);
                        types.add(attribute.type());
                    } else {
                        return Optional.empty();
                    }
                }
                case ONE -> {
                    return Optional.empty();
                }
                case MANY -> {
                    if (!allowRelations) {
                        return Optional.empty();
                    }
                    many.add(component);
                }
            }
        }
        if (!SIMPLE.contains(entity.id().type())) {
            return Optional.empty();
        }
        String tableName = table.getTableName();
        String rootSql = "select " + String.join(", ", columns) + " from " + tableName + " order by " + id;
        JdbcListPlan plan = new JdbcListPlan(model, rootSql, columnOf, types.toArray(Class<?>[]::new), relations);
        for (SchemaModel.Component component : many) {
            Optional<JdbcListPlan> child = build(metamodel, component.nested(), false);
            CollectionPersister collection =
                    metamodel.getCollectionDescriptor(entity.type().getName() + "." + component.name());
            if (child.isEmpty()
                    || !(collection instanceof AbstractCollectionPersister c)
                    || c.getKeyColumnNames().length != 1
                    || c.getElementColumnNames().length != 1) {
                return Optional.empty();
            }
            JdbcListPlan target = child.get();
            String childColumns = String.join(", ", prefixed("c", target.rootSql));
            String childTable = target.rootSql.substring(
                    target.rootSql.indexOf(" from ") + 6, target.rootSql.indexOf(" order by "));
            String childId = target.rootSql.substring(target.rootSql.indexOf(" order by ") + 10);
            String sql;
            String joins;
            if (c.isManyToMany()) {
                sql = "select j." + c.getKeyColumnNames()[0] + ", " + childColumns + " from " + c.getTableName()
                        + " j join "
                        + childTable + " c on c." + childId + " = j." + c.getElementColumnNames()[0]
                        + " order by j." + c.getKeyColumnNames()[0] + ", c." + childId;
                joins = " left join " + c.getTableName() + " j on j." + c.getKeyColumnNames()[0] + " = r." + id
                        + " left join " + childTable + " c on c." + childId + " = j." + c.getElementColumnNames()[0];
            } else if (c.getTableName().equals(childTable)) {
                sql = "select c." + c.getKeyColumnNames()[0] + ", " + childColumns + " from " + childTable
                        + " c where c." + c.getKeyColumnNames()[0] + " is not null order by c."
                        + c.getKeyColumnNames()[0] + ", c." + childId;
                joins = " left join " + childTable + " c on c." + c.getKeyColumnNames()[0] + " = r." + id;
            } else {
                return Optional.empty();
            }
            // With a single to-many relation, one left-joined statement reads rows and children together.
            String joinedSql = "select " + String.join(", ", prefixed("r", rootSql)) + ", " + childColumns + " from "
                    + tableName + " r" + joins + " order by r." + id + ", c." + childId;
            relations.add(new Relation(component, sql, target, joinedSql));
        }
        return Optional.of(plan);
    }

    private static List<String> prefixed(String alias, String sql) {
        String list = sql.substring("select ".length(), sql.indexOf(" from "));
        List<String> out = new ArrayList<>();
        for (String column : list.split(", ")) {
            out.add(alias + "." + column);
        }
        return out;
    }

    /** Every row as a record, ordered by id, on the session's connection. */
    List<Object> list(SharedSessionContractImplementor session) {
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        if (relations.size() == 1) {
            return listJoined(jdbc, relations.getFirst());
        }
        List<Object[]> rows = query(jdbc, rootSql, null, columnTypes);
        List<Map<Object, List<Object>>> related = new ArrayList<>(relations.size());
        for (Relation relation : relations) {
            Map<Object, List<Object>> byOwner = new HashMap<>();
            for (Object[] tuple : query(jdbc, relation.sql(), columnTypes[0], relation.child().columnTypes)) {
                byOwner.computeIfAbsent(tuple[0], k -> new ArrayList<>())
                        .add(relation.child().construct(tuple, 1, List.of()));
            }
            related.add(byOwner);
        }
        List<Object> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            records.add(construct(row, 0, related));
        }
        return records;
    }

    /** One statement: each row carries the root's columns then one child's (null when it has none). */
    private List<Object> listJoined(JdbcCoordinator jdbc, Relation relation) {
        Class<?>[] childTypes = relation.child().columnTypes;
        Class<?>[] types = new Class<?>[columnTypes.length + childTypes.length];
        System.arraycopy(columnTypes, 0, types, 0, columnTypes.length);
        System.arraycopy(childTypes, 0, types, columnTypes.length, childTypes.length);
        List<Object> records = new ArrayList<>();
        Object[] current = null;
        List<Object> children = null;
        for (Object[] tuple : query(jdbc, relation.joinedSql(), null, types)) {
            if (current == null || !current[0].equals(tuple[0])) {
                if (current != null) {
                    records.add(construct(current, 0, List.of(Map.of(current[0], children))));
                }
                current = tuple;
                children = new ArrayList<>();
            }
            if (tuple[columnTypes.length] != null) {
                children.add(relation.child().construct(tuple, columnTypes.length, List.of()));
            }
        }
        if (current != null) {
            records.add(construct(current, 0, List.of(Map.of(current[0], children))));
        }
        return records;
    }

    private Object construct(Object[] tuple, int offset, List<Map<Object, List<Object>>> related) {
        Object[] values = new Object[columnOf.length];
        for (int i = 0; i < columnOf.length; i++) {
            if (columnOf[i] >= 0) {
                values[i] = tuple[offset + columnOf[i]];
            }
        }
        for (int i = 0; i < relations.size(); i++) {
            SchemaModel.Component component = relations.get(i).component();
            List<Object> children = related.get(i).getOrDefault(tuple[offset], List.of());
            values[component.index()] = component.asSet()
                    ? Collections.unmodifiableSet(new LinkedHashSet<>(children))
                    : Collections.unmodifiableList(children);
        }
        return model.construct(values);
    }

    /** Runs {@code sql}; each tuple holds the owner key (when {@code leadType} is given), then {@code types}' columns. */
    private static List<Object[]> query(JdbcCoordinator jdbc, String sql, Class<?> leadType, Class<?>[] types) {
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            ResultSet results = jdbc.getResultSetReturn().extract(statement, sql);
            try {
                List<Object[]> tuples = new ArrayList<>();
                int lead = leadType == null ? 0 : 1;
                while (results.next()) {
                    Object[] tuple = new Object[lead + types.length];
                    if (leadType != null) {
                        tuple[0] = results.getObject(1, leadType);
                    }
                    for (int i = 0; i < types.length; i++) {
                        tuple[lead + i] = results.getObject(lead + i + 1, types[i]);
                    }
                    tuples.add(tuple);
                }
                return tuples;
            } finally {
                jdbc.getLogicalConnection().getResourceRegistry().release(results, statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Schema read failed: " + e.getMessage(), e);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }
}
