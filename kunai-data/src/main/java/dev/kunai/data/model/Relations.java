package dev.kunai.data.model;

import dev.kunai.data.db.Session;
import dev.kunai.data.schema.EntityModel;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.hibernate.FlushMode;
import org.hibernate.query.SelectionQuery;

/**
 * The lookups {@link ModelWriter} runs while writing: related rows by id (one {@code find}, or one
 * {@code in (...)} statement for a list) and the uniqueness check of a column. None of them flushes the
 * half-written entity.
 */
final class Relations {

    private Relations() {}

    /** The related row with id {@code id}; records {@code does_not_exist} at {@code loc} when there is none. */
    static Optional<Object> one(Session session, EntityModel related, Object id, Loc loc, Errors errors) {
        Optional<?> found = session.find(related.type(), id);
        if (found.isEmpty()) {
            errors.add(loc, "does_not_exist", missing(id));
        }
        return found.map(Object.class::cast);
    }

    /**
     * The related rows with these ids, in the given order without repeats, loaded in one statement; records
     * {@code does_not_exist} at {@code loc + index} for each id that has no row.
     */
    static Optional<List<Object>> many(
            Session session, EntityModel related, Collection<?> ids, Loc loc, Errors errors) {
        Set<Object> wanted = new LinkedHashSet<>(ids);
        Map<Object, Object> byId = new HashMap<>();
        if (!wanted.isEmpty()) {
            String hql = "select e from " + related.entityName() + " e where e."
                    + related.id().name() + " in (?1)";
            SelectionQuery<?> query = session.hibernate().createSelectionQuery(hql, related.type());
            query.setParameterList(1, wanted);
            query.setHibernateFlushMode(FlushMode.MANUAL);
            for (Object row : query.getResultList()) {
                byId.put(related.id().get(row), row);
            }
        }
        boolean complete = true;
        int index = 0;
        for (Object id : ids) {
            if (!byId.containsKey(id)) {
                errors.add(loc.index(index), "does_not_exist", missing(id));
                complete = false;
            }
            index++;
        }
        if (!complete) {
            return Optional.empty();
        }
        List<Object> rows = new ArrayList<>(wanted.size());
        wanted.forEach(id -> rows.add(byId.get(id)));
        return Optional.of(rows);
    }

    /** Makes the to-many {@code attribute} of {@code target} hold exactly {@code rows}. */
    @SuppressWarnings("unchecked")
    static void replace(
            EntityModel.Attribute attribute, Object target, List<Object> rows, BiConsumer<Object, Object> setter) {
        Object current = attribute.get(target);
        if (current instanceof Collection<?> collection) {
            Collection<Object> values = (Collection<Object>) collection;
            values.retainAll(rows);
            values.addAll(rows);
        } else {
            Collection<Object> fresh =
                    Set.class.isAssignableFrom(attribute.field().getType())
                            ? new LinkedHashSet<>(rows)
                            : new ArrayList<>(rows);
            setter.accept(target, fresh);
        }
    }

    /** Whether another row than {@code target} already has {@code value} in the unique column {@code name}. */
    static boolean taken(Session session, EntityModel entity, Object target, String name, Object value) {
        Object id = entity.id().get(target);
        String hql = "select count(e) from " + entity.entityName() + " e where e." + name + " = ?1"
                + (id == null ? "" : " and e." + entity.id().name() + " <> ?2");
        SelectionQuery<Long> query = session.hibernate().createSelectionQuery(hql, Long.class);
        query.setParameter(1, value);
        if (id != null) {
            query.setParameter(2, id);
        }
        query.setHibernateFlushMode(FlushMode.MANUAL);
        return query.getSingleResult() > 0;
    }

    /** Django REST framework's message for an unknown primary key. */
    private static String missing(Object id) {
        return "Invalid pk \"" + id + "\" - object does not exist.";
    }
}
