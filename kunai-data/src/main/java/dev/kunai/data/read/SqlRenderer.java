package dev.kunai.data.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders the SQL of a {@link ReadPlan}: the page of root rows for a {@link ReadSpec} (filter, keyset,
 * order, limit/offset), its {@code count(*)}, and the statements that load one relation level for a list
 * of owner ids. Identifiers come from the plan (Hibernate's mapping); values are {@code ?} parameters.
 * The root table is aliased {@code r}, a nested table {@code c}, a join table {@code j}, filter subqueries
 * {@code f1, f2…}; the filter is written by {@link SqlConditionWriter} (which turns an {@code or} across a
 * relation into a {@code union} of id sets).
 */
final class SqlRenderer {

    /**
     * A statement and its parameters, in order.
     *
     * @param sql    the SQL text
     * @param params the values bound to its {@code ?} placeholders
     */
    record Rendered(String sql, List<Object> params) {}

    private SqlRenderer() {}

    /**
     * The root rows of {@code spec}: the plan's select list, then one column per order key. A window over a
     * filter whose {@code or} crosses a relation is a {@link UnionPage}.
     */
    static Rendered page(ReadPlan plan, ReadSpec spec, ConditionWriter.Dialect dialect) {
        List<ReadPlan.Column> keys = orderColumns(plan, spec);
        Optional<Rendered> union = UnionPage.render(plan, spec, keys, dialect);
        if (union.isPresent()) {
            return union.get();
        }
        StringBuilder sql = new StringBuilder();
        selectFrom(sql, plan, keys);
        List<Object> params = new ArrayList<>();
        where(sql, params, plan, spec, keys, dialect);
        orderBy(sql, "r", keys, spec);
        window(sql, params, spec);
        return new Rendered(sql.toString(), params);
    }

    /** {@code select} the plan's columns and the order keys but the id {@code from} the root table {@code r}. */
    static void selectFrom(StringBuilder sql, ReadPlan plan, List<ReadPlan.Column> keys) {
        sql.append("select ");
        columns(sql, "r", plan.select);
        for (ReadPlan.Column key : keys.subList(0, keys.size() - 1)) {
            sql.append(", r.").append(key.name());
        }
        sql.append(" from ").append(plan.table.name()).append(" r");
    }

    /** {@code order by} the {@code keys} of the table aliased {@code alias}, reversed for a backward keyset. */
    static void orderBy(StringBuilder sql, String alias, List<ReadPlan.Column> keys, ReadSpec spec) {
        boolean backward = spec.keyset().map(ReadSpec.Keyset::backward).orElse(false);
        sql.append(" order by ");
        List<Boolean> descending = directions(spec);
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i > 0 ? ", " : "")
                    .append(alias)
                    .append('.')
                    .append(keys.get(i).name());
            if (descending.get(i) != backward) {
                sql.append(" desc");
            }
        }
    }

    /** {@code limit} (one more row tells whether there is a next page) and {@code offset}, when set. */
    private static void window(StringBuilder sql, List<Object> params, ReadSpec spec) {
        if (spec.limit() != ReadSpec.UNLIMITED) {
            sql.append(" limit ?");
            params.add(spec.limit() + 1L);
        }
        if (spec.offset() > 0) {
            sql.append(" offset ?");
            params.add(spec.offset());
        }
    }

    /** {@code count(*)} of the rows {@code spec}'s filter matches (the window and keyset ignored). */
    static Rendered count(ReadPlan plan, ReadSpec spec, ConditionWriter.Dialect dialect) {
        StringBuilder sql = new StringBuilder("select count(*) from ")
                .append(plan.table.name())
                .append(" r");
        List<Object> params = new ArrayList<>();
        if (spec.where().isPresent()) {
            sql.append(" where ");
            writer(sql, params, plan, dialect).write(spec.where().get());
        }
        return new Rendered(sql.toString(), params);
    }

    /**
     * Loads one relation level: each row is the owner key (for a to-one relation, the target id) then the
     * nested plan's select list; {@code ids} placeholders select the owners, or with {@code ids} &lt; 0 every
     * owner (an unfiltered list).
     */
    static String relation(ReadPlan.Nested nested, int ids) {
        ReadPlan.Link link = nested.link();
        ReadPlan child = nested.child();
        StringBuilder sql = new StringBuilder("select ");
        String key = switch (link.kind()) {
            case MANY_TO_MANY -> "j." + link.ownerColumn();
            case ONE_TO_MANY -> "c." + link.ownerColumn();
            case TO_ONE -> "c." + child.table.id().name();
        };
        sql.append(key).append(", ");
        columns(sql, "c", child.select);
        if (link.kind() == ReadPlan.LinkKind.MANY_TO_MANY) {
            sql.append(" from ").append(link.joinTable()).append(" j join ").append(child.table.name());
            sql.append(" c on c.")
                    .append(child.table.id().name())
                    .append(" = j.")
                    .append(link.elementColumn());
        } else {
            sql.append(" from ").append(child.table.name()).append(" c");
        }
        if (ids >= 0) {
            sql.append(" where ").append(key).append(" in (");
            for (int i = 0; i < ids; i++) {
                sql.append(i > 0 ? ", ?" : "?");
            }
            sql.append(')');
        } else {
            sql.append(" where ").append(key).append(" is not null");
        }
        if (link.kind() != ReadPlan.LinkKind.TO_ONE) {
            sql.append(" order by ")
                    .append(key)
                    .append(", c.")
                    .append(child.table.id().name());
        }
        return sql.toString();
    }

    /**
     * Every root row left-joined with its one to-many relation (the unfiltered list of a schema with exactly
     * one relation, itself without relations): the root's select list, then the child's (nulls when none).
     */
    static String joined(ReadPlan plan) {
        ReadPlan.Nested nested = plan.nested.getFirst();
        ReadPlan.Link link = nested.link();
        ReadPlan child = nested.child();
        String rootId = "r." + plan.table.id().name();
        StringBuilder sql = new StringBuilder("select ");
        columns(sql, "r", plan.select);
        sql.append(", ");
        columns(sql, "c", child.select);
        sql.append(" from ").append(plan.table.name()).append(" r left join ");
        if (link.kind() == ReadPlan.LinkKind.MANY_TO_MANY) {
            sql.append(link.joinTable())
                    .append(" j on j.")
                    .append(link.ownerColumn())
                    .append(" = ")
                    .append(rootId);
            sql.append(" left join ")
                    .append(child.table.name())
                    .append(" c on c.")
                    .append(child.table.id().name());
            sql.append(" = j.").append(link.elementColumn());
        } else {
            sql.append(child.table.name())
                    .append(" c on c.")
                    .append(link.ownerColumn())
                    .append(" = ")
                    .append(rootId);
        }
        sql.append(" order by ")
                .append(rootId)
                .append(", c.")
                .append(child.table.id().name());
        return sql.toString();
    }

    /** The order keys as columns: the spec's keys, then the id. */
    static List<ReadPlan.Column> orderColumns(ReadPlan plan, ReadSpec spec) {
        List<ReadPlan.Column> keys = new ArrayList<>(spec.orders().size() + 1);
        for (Order order : spec.orders()) {
            ReadPlan.Column column = plan.table.columns().get(order.path());
            if (column == null) {
                throw new IllegalArgumentException(plan.model.entity().type().getSimpleName()
                        + " has no column attribute '" + order.path() + "' to order by");
            }
            keys.add(column);
        }
        keys.add(plan.table.id());
        return keys;
    }

    /** Whether each order key (the id last, ascending) is descending. */
    static List<Boolean> directions(ReadSpec spec) {
        List<Boolean> descending = new ArrayList<>(spec.orders().size() + 1);
        for (Order order : spec.orders()) {
            descending.add(order.descending());
        }
        descending.add(false);
        return descending;
    }

    private static void where(
            StringBuilder sql,
            List<Object> params,
            ReadPlan plan,
            ReadSpec spec,
            List<ReadPlan.Column> keys,
            ConditionWriter.Dialect dialect) {
        boolean filtered = spec.where().isPresent();
        if (filtered) {
            sql.append(" where ");
            writer(sql, params, plan, dialect).write(spec.where().get());
        }
        if (spec.keyset().isPresent()) {
            sql.append(filtered ? " and " : " where ");
            keyset(sql, params, "r", keys, spec);
        }
    }

    /** The keyset condition of a cursor page over the {@code keys} of the table aliased {@code alias}. */
    static void keyset(
            StringBuilder sql, List<Object> params, String alias, List<ReadPlan.Column> keys, ReadSpec spec) {
        List<String> expressions = new ArrayList<>(keys.size());
        List<Class<?>> types = new ArrayList<>(keys.size());
        for (ReadPlan.Column key : keys) {
            types.add(key.type());
            if (key.nullable()) {
                throw new IllegalArgumentException(
                        "Cursor pagination needs non-null order keys; '" + key.attribute() + "' may be null");
            }
            expressions.add(alias + "." + key.name());
        }
        Keysets.write(
                sql, params, expressions, directions(spec), types, spec.keyset().orElseThrow(), false);
    }

    private static void columns(StringBuilder sql, String alias, List<ReadPlan.Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i > 0 ? ", " : "")
                    .append(alias)
                    .append('.')
                    .append(columns.get(i).name());
        }
    }

    private static ConditionWriter writer(
            StringBuilder sql, List<Object> params, ReadPlan plan, ConditionWriter.Dialect dialect) {
        return new SqlConditionWriter(sql, params, plan, dialect, "r", true);
    }
}
