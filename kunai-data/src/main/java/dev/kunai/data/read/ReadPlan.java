package dev.kunai.data.read;

import dev.kunai.data.schema.EntityModel;
import dev.kunai.data.schema.SchemaModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The structured read plan of one ModelSchema on one mapping: the root table, its id column, the selected
 * columns, the relations the schema nests (with their join columns and the nested plan) and the relations
 * a filter may cross. SQL is rendered from these fields by {@link SqlRenderer}; nothing is parsed back out
 * of SQL text. Built once per (schema, session factory) from Hibernate's mapping.
 */
final class ReadPlan {

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

    /**
     * A column of a table.
     *
     * @param attribute the entity attribute it maps
     * @param name      the SQL column name
     * @param type      the Java type read from it
     * @param nullable  whether it may hold null
     */
    record Column(String attribute, String name, Class<?> type, boolean nullable) {}

    /** How a relation is stored. */
    enum LinkKind {
        /** A join table: {@code joinTable.ownerColumn = owner.id}, {@code joinTable.elementColumn = target.id}. */
        MANY_TO_MANY,
        /** A key in the target table: {@code target.ownerColumn = owner.id}. */
        ONE_TO_MANY,
        /** A foreign key in the owner table: {@code owner.ownerColumn = target.id}. */
        TO_ONE
    }

    /**
     * A table and the single-column attributes it maps (the id included).
     *
     * @param name    the table name
     * @param id      the id column
     * @param columns every single-column basic attribute by attribute name, the id included
     */
    record Table(String name, Column id, Map<String, Column> columns) {}

    /**
     * A relation between the plan's table and a target table.
     *
     * @param attribute     the relation attribute
     * @param kind          how it is stored
     * @param joinTable     the join table (MANY_TO_MANY only, else empty)
     * @param ownerColumn   see {@link LinkKind}
     * @param elementColumn the join table's target key (MANY_TO_MANY only, else empty)
     * @param target        the target table
     */
    record Link(
            String attribute,
            LinkKind kind,
            String joinTable,
            String ownerColumn,
            String elementColumn,
            Table target) {}

    /**
     * A relation the schema nests.
     *
     * @param component the schema component it fills
     * @param link      how it is stored
     * @param child     the plan of the nested schema
     * @param fkColumn  for TO_ONE, the position of the foreign key in the root select list (else -1)
     */
    record Nested(SchemaModel.Component component, Link link, ReadPlan child, int fkColumn) {}

    /** Thrown while planning when a shape is not plannable as SQL; the message says why. */
    static final class Unplannable extends RuntimeException {
        Unplannable(String reason) {
            super(reason, null, false, false);
        }
    }

    final SchemaModel model;
    final Table table;
    /** The root select list: the id first, then the schema's columns, then to-one foreign keys. */
    final List<Column> select;
    /** For each schema component, its position in {@link #select} (-1 when filled otherwise). */
    final int[] columnOf;

    final List<Nested> nested;
    /** Every relation of the root entity, by attribute, for filters across relations. */
    final Map<String, Link> links;
    /** The Java types of {@link #select}, in order (computed once: read on every statement). */
    private final Class<?>[] selectTypes;

    private ReadPlan(
            SchemaModel model,
            Table table,
            List<Column> select,
            int[] columnOf,
            List<Nested> nested,
            Map<String, Link> links) {
        this.model = model;
        this.table = table;
        this.select = List.copyOf(select);
        this.columnOf = columnOf;
        this.nested = List.copyOf(nested);
        this.links = Map.copyOf(links);
        this.selectTypes = this.select.stream().map(Column::type).toArray(Class<?>[]::new);
    }

    /** Plans {@code model} on {@code metamodel}; throws {@link Unplannable} with the reason when it cannot. */
    static ReadPlan build(MappingMetamodel metamodel, SchemaModel model) {
        EntityModel entity = model.entity();
        Table table = table(metamodel, entity);
        List<Column> select = new ArrayList<>();
        select.add(table.id());
        int size =
                model.components().isEmpty() ? 0 : model.components().getLast().index() + 1;
        int[] columnOf = new int[size];
        Arrays.fill(columnOf, -1);
        List<SchemaModel.Component> relations = new ArrayList<>();
        for (SchemaModel.Component component : model.components()) {
            EntityModel.Attribute attribute = component.attribute();
            if (component.shape() != SchemaModel.Shape.VALUE) {
                relations.add(component);
            } else if (attribute.kind() == EntityModel.Kind.ID) {
                columnOf[component.index()] = 0;
            } else {
                Column column = table.columns().get(attribute.name());
                if (column == null) {
                    throw new Unplannable(where(model, component) + " is not a single column of a simple type");
                }
                columnOf[component.index()] = select.size();
                select.add(column);
            }
        }
        Map<String, Link> links = links(metamodel, entity);
        List<Nested> nested = new ArrayList<>();
        for (SchemaModel.Component component : relations) {
            Link link = links.get(component.name());
            if (link == null) {
                throw new Unplannable(where(model, component) + " is not a relation Kunai can join in SQL");
            }
            int fk = -1;
            if (link.kind() == LinkKind.TO_ONE) {
                fk = select.size();
                select.add(new Column(
                        component.name(), link.ownerColumn(), link.target().id().type(), true));
            }
            nested.add(new Nested(component, link, build(metamodel, component.nested()), fk));
        }
        return new ReadPlan(model, table, select, columnOf, nested, links);
    }

    private static String where(SchemaModel model, SchemaModel.Component component) {
        return model.schema().getSimpleName() + "." + component.name();
    }

    private static AbstractEntityPersister persister(MappingMetamodel metamodel, Class<?> type) {
        EntityPersister persister = metamodel.getEntityDescriptor(type);
        if (!(persister instanceof AbstractEntityPersister table)
                || table.getTableNames().length != 1
                || table.getIdentifierColumnNames().length != 1) {
            throw new Unplannable("entity " + type.getSimpleName() + " is not one table with a single-column id");
        }
        return table;
    }

    /** The table of {@code entity} with every single-column attribute of a simple type. */
    private static Table table(MappingMetamodel metamodel, EntityModel entity) {
        AbstractEntityPersister persister = persister(metamodel, entity.type());
        EntityModel.Attribute idAttribute = entity.id();
        if (!SIMPLE.contains(idAttribute.type())) {
            throw new Unplannable("the id of " + entity.type().getSimpleName() + " is not of a simple type");
        }
        Column id = new Column(idAttribute.name(), persister.getIdentifierColumnNames()[0], idAttribute.type(), false);
        Map<String, Column> columns = new LinkedHashMap<>();
        columns.put(id.attribute(), id);
        for (String name : persister.getPropertyNames()) {
            Optional<EntityModel.Attribute> attribute = entity.attribute(name);
            if (attribute.isEmpty()
                    || attribute.get().kind() != EntityModel.Kind.BASIC
                    || !SIMPLE.contains(attribute.get().type())) {
                continue;
            }
            String[] names = persister.getPropertyColumnNames(name);
            if (names.length == 1) {
                columns.put(
                        name,
                        new Column(
                                name,
                                names[0],
                                attribute.get().type(),
                                attribute.get().nullable()));
            }
        }
        return new Table(persister.getTableName(), id, Map.copyOf(columns));
    }

    /** Every relation of {@code entity} that is stored in single columns, by attribute name. */
    private static Map<String, Link> links(MappingMetamodel metamodel, EntityModel entity) {
        AbstractEntityPersister owner = persister(metamodel, entity.type());
        Map<String, Link> links = new LinkedHashMap<>();
        for (String name : owner.getPropertyNames()) {
            Optional<EntityModel.Attribute> attribute = entity.attribute(name);
            if (attribute.isEmpty()) {
                continue;
            }
            try {
                link(metamodel, entity, owner, attribute.get()).ifPresent(link -> links.put(name, link));
            } catch (Unplannable e) {
                // the relation cannot be crossed in SQL; a filter naming it is rejected with this reason
            }
        }
        return links;
    }

    private static Optional<Link> link(
            MappingMetamodel metamodel, EntityModel entity, AbstractEntityPersister owner, EntityModel.Attribute a) {
        if (a.kind() == EntityModel.Kind.TO_ONE) {
            String[] fk = owner.getPropertyColumnNames(a.name());
            if (fk.length != 1) {
                return Optional.empty();
            }
            return Optional.of(
                    new Link(a.name(), LinkKind.TO_ONE, "", fk[0], "", table(metamodel, EntityModel.of(a.type()))));
        }
        if (a.kind() != EntityModel.Kind.TO_MANY) {
            return Optional.empty();
        }
        CollectionPersister collection =
                metamodel.getCollectionDescriptor(entity.type().getName() + "." + a.name());
        if (!(collection instanceof AbstractCollectionPersister c)
                || c.getKeyColumnNames().length != 1
                || c.getElementColumnNames().length != 1) {
            return Optional.empty();
        }
        Table target = table(metamodel, EntityModel.of(a.type()));
        if (c.isManyToMany()) {
            return Optional.of(new Link(
                    a.name(),
                    LinkKind.MANY_TO_MANY,
                    c.getTableName(),
                    c.getKeyColumnNames()[0],
                    c.getElementColumnNames()[0],
                    target));
        }
        if (c.getTableName().equals(target.name())) {
            return Optional.of(new Link(a.name(), LinkKind.ONE_TO_MANY, "", c.getKeyColumnNames()[0], "", target));
        }
        return Optional.empty();
    }

    /** The Java types of the root select list, in order: a shared array, never to be written to. */
    Class<?>[] selectTypes() {
        return selectTypes;
    }
}
