package dev.kunai.data.read;

import dev.kunai.data.schema.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * Renders a {@link ReadSpec} as HQL for schemas the SQL planner cannot take (the slower path): the same
 * condition tree, order keys and keyset, with attribute paths instead of columns and {@code ?n} parameters.
 * The entity is aliased {@code e}; a filter across a relation becomes {@code e.id in (select …)}.
 */
final class HqlRenderer {

    /**
     * An HQL statement and its positional parameters ({@code ?1…}).
     *
     * @param hql    the HQL text
     * @param params the parameter values, in order
     */
    record Rendered(String hql, List<Object> params) {
        /** Binds the parameters to {@code query}. */
        void bind(SelectionQuery<?> query) {
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
        }

        /**
         * Runs this {@link #page} query over {@code spec}'s window: from its offset, one row more than its limit
         * (the extra row tells {@link Slice} whether more follow).
         */
        List<Object[]> tuples(Session session, ReadSpec spec) {
            SelectionQuery<Object[]> query = session.createSelectionQuery(hql, Object[].class);
            bind(query);
            if (spec.offset() > 0) {
                query.setFirstResult((int) Math.min(spec.offset(), Integer.MAX_VALUE));
            }
            if (spec.limit() != ReadSpec.UNLIMITED) {
                query.setMaxResults(spec.limit() == Integer.MAX_VALUE ? spec.limit() : spec.limit() + 1);
            }
            return query.getResultList();
        }
    }

    private HqlRenderer() {}

    /** The root tuples of {@code spec}: {@code columns}, then one per order key (the window is set on the query). */
    static Rendered page(EntityModel entity, List<String> columns, ReadSpec spec) {
        StringBuilder hql = new StringBuilder("select ");
        for (int i = 0; i < columns.size(); i++) {
            hql.append(i > 0 ? ", " : "").append("e.").append(columns.get(i));
        }
        List<String> keys = orderKeys(entity, spec);
        for (String key : keys.subList(0, keys.size() - 1)) {
            hql.append(", ").append(key);
        }
        hql.append(" from ").append(entity.entityName()).append(" e");
        List<Object> params = new ArrayList<>();
        where(hql, params, entity, spec);
        if (spec.keyset().isPresent()) {
            hql.append(spec.where().isPresent() ? " and " : " where ");
            List<Class<?>> types = new ArrayList<>(keys.size());
            for (Order order : spec.orders()) {
                types.add(basic(entity, order.path()).type());
            }
            types.add(entity.id().type());
            Keysets.write(
                    hql,
                    params,
                    keys,
                    SqlRenderer.directions(spec),
                    types,
                    spec.keyset().get(),
                    true);
        }
        boolean backward = spec.keyset().map(ReadSpec.Keyset::backward).orElse(false);
        List<Boolean> descending = SqlRenderer.directions(spec);
        hql.append(" order by ");
        for (int i = 0; i < keys.size(); i++) {
            hql.append(i > 0 ? ", " : "").append(keys.get(i)).append(descending.get(i) != backward ? " desc" : "");
        }
        return new Rendered(hql.toString(), params);
    }

    /** {@code count(e)} of the rows {@code spec}'s filter matches. */
    static Rendered count(EntityModel entity, ReadSpec spec) {
        StringBuilder hql = new StringBuilder("select count(e) from ")
                .append(entity.entityName())
                .append(" e");
        List<Object> params = new ArrayList<>();
        where(hql, params, entity, spec);
        return new Rendered(hql.toString(), params);
    }

    /** The entities {@code where} matches, ordered by id ({@code select e from Entity e where … order by e.id}). */
    static Rendered entities(EntityModel entity, Condition where) {
        StringBuilder hql =
                new StringBuilder("select e from ").append(entity.entityName()).append(" e");
        List<Object> params = new ArrayList<>();
        where(hql, params, entity, ReadSpec.builder().where(where).build());
        hql.append(" order by e.").append(entity.id().name());
        return new Rendered(hql.toString(), params);
    }

    /** Builds the slice from the root tuples of {@link #page} ({@code width} selected columns, then the keys). */
    static Slice<Object> slice(
            Session session,
            EntityModel entity,
            ReadSpec spec,
            List<Object[]> tuples,
            int width,
            BiFunction<Session, List<Object[]>, List<Object>> records) {
        OptionalLong count = OptionalLong.empty();
        if (spec.count()) {
            Rendered counting = count(entity, spec);
            SelectionQuery<Long> query = session.createSelectionQuery(counting.hql(), Long.class);
            counting.bind(query);
            count = OptionalLong.of(query.getSingleResult());
        }
        return Slice.assemble(spec, tuples, width, count, rows -> records.apply(session, rows));
    }

    private static List<String> orderKeys(EntityModel entity, ReadSpec spec) {
        List<String> keys = new ArrayList<>(spec.orders().size() + 1);
        for (Order order : spec.orders()) {
            keys.add("e." + basic(entity, order.path()).name());
        }
        keys.add("e." + entity.id().name());
        return keys;
    }

    private static void where(StringBuilder hql, List<Object> params, EntityModel entity, ReadSpec spec) {
        if (spec.where().isEmpty()) {
            return;
        }
        hql.append(" where ");
        new ConditionWriter(hql, params, ConditionWriter.Dialect.OTHER) {
            @Override
            String placeholder() {
                return "?" + params.size();
            }

            @Override
            String column(String attribute) {
                return "e." + basic(entity, attribute).name();
            }

            @Override
            String openRelation(String relation, String attribute, String alias) {
                EntityModel.Attribute link = entity.attribute(relation)
                        .filter(a -> a.kind() == EntityModel.Kind.TO_MANY || a.kind() == EntityModel.Kind.TO_ONE)
                        .orElseThrow(() -> new IllegalArgumentException(entity.type()
                                        .getSimpleName() + " has no relation '" + relation + "' a filter can cross"));
                EntityModel target = EntityModel.of(link.type());
                String owner = alias + "o";
                out.append("e.")
                        .append(entity.id().name())
                        .append(" in (select ")
                        .append(owner)
                        .append('.');
                out.append(entity.id().name())
                        .append(" from ")
                        .append(entity.entityName())
                        .append(' ')
                        .append(owner);
                out.append(" join ")
                        .append(owner)
                        .append('.')
                        .append(relation)
                        .append(' ')
                        .append(alias);
                out.append(" where ");
                return alias + "." + basic(target, attribute).name();
            }
        }.write(spec.where().get());
    }

    private static EntityModel.Attribute basic(EntityModel entity, String name) {
        return entity.attribute(name)
                .filter(a -> a.kind() == EntityModel.Kind.BASIC || a.kind() == EntityModel.Kind.ID)
                .orElseThrow(() -> new IllegalArgumentException(
                        entity.type().getSimpleName() + " has no column attribute '" + name + "'"));
    }
}
