package dev.kunai.data.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements that load one relation level of a {@link ReadPlan} ({@link SqlRenderer#relation}) and the Java
 * types of their rows, rendered once per plan instead of on every read. Id lists are padded to the next power of
 * two (repeating the last id, at most {@link SchemaReader#CHUNK}), as Hibernate's {@code in_clause_parameter_padding}
 * does: a page of 5 and a page of 7 owners share one statement text, so the database's statement cache is hit and
 * at most 15 texts exist per relation.
 */
final class RelationStatements {

    private final ReadPlan.Nested nested;
    private final Class<?>[] types;
    private final String everyOwner;
    // Slot i holds the statement for 2^i ids (the last slot: CHUNK ids), rendered on first use. A benign race: two
    // readers may render the same immutable String and either one is kept.
    private final String[] byIds = new String[slot(SchemaReader.CHUNK) + 1];

    /** The statements of {@code nested}, a relation of {@code owner}. */
    RelationStatements(ReadPlan owner, ReadPlan.Nested nested) {
        this.nested = nested;
        ReadPlan child = nested.child();
        boolean toOne = nested.link().kind() == ReadPlan.LinkKind.TO_ONE;
        Class<?>[] childTypes = child.selectTypes();
        this.types = new Class<?>[childTypes.length + 1];
        types[0] = toOne ? child.table.id().type() : owner.table.id().type();
        System.arraycopy(childTypes, 0, types, 1, childTypes.length);
        this.everyOwner = SqlRenderer.relation(nested, -1);
    }

    /** The row types: the owner key (for a to-one relation, the target id), then the child's select list. */
    Class<?>[] types() {
        return types;
    }

    /** The statement that loads the relation of every owner (an unfiltered list). */
    String everyOwner() {
        return everyOwner;
    }

    /** The statement for the owners {@code ids}, already {@link #pad padded}. */
    String forIds(List<Object> ids) {
        int slot = slot(ids.size());
        String sql = byIds[slot];
        if (sql == null) {
            sql = SqlRenderer.relation(nested, padded(ids.size()));
            byIds[slot] = sql;
        }
        return sql;
    }

    /** {@code ids} (1 to {@link SchemaReader#CHUNK}) with the last one repeated up to their padded size. */
    static List<Object> pad(List<Object> ids) {
        int size = padded(ids.size());
        if (size == ids.size()) {
            return ids;
        }
        List<Object> padded = new ArrayList<>(size);
        padded.addAll(ids);
        Object last = ids.getLast();
        while (padded.size() < size) {
            padded.add(last);
        }
        return padded;
    }

    /** The next power of two from {@code ids} (1 to {@link SchemaReader#CHUNK}), at most {@code CHUNK}. */
    static int padded(int ids) {
        int power = Integer.highestOneBit(Math.max(1, ids));
        int size = power == ids ? ids : power << 1;
        return Math.min(size, SchemaReader.CHUNK);
    }

    /** The slot of {@code ids}' padded size: its base-2 logarithm, rounded up (so {@code CHUNK} has its own). */
    private static int slot(int ids) {
        return Integer.SIZE - Integer.numberOfLeadingZeros(padded(ids) - 1);
    }
}
