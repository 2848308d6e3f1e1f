package dev.kunai.data.read;

import java.util.List;

/**
 * Writes the keyset condition of a cursor page: the rows strictly after (or before) a position in a
 * multi-key order, as {@code (k1 > ?) or (k1 = ? and k2 > ?) or …} — every value bound.
 */
final class Keysets {

    private Keysets() {}

    /**
     * Appends the condition over {@code expressions} (the order keys, the id last) with {@code descending}
     * directions and {@code types} (keyset values are converted to them), for {@code keyset}'s values, with {@code ?} placeholders, or {@code ?n} ones when
     * {@code numbered} (HQL).
     */
    static void write(
            StringBuilder out,
            List<Object> params,
            List<String> expressions,
            List<Boolean> descending,
            List<Class<?>> types,
            ReadSpec.Keyset keyset,
            boolean numbered) {
        if (keyset.values().size() != expressions.size()) {
            throw new InvalidKeysetException(
                    "A keyset needs " + expressions.size() + " values (the order keys, then the id), not "
                            + keyset.values().size());
        }
        List<Object> values = new java.util.ArrayList<>(expressions.size());
        for (int i = 0; i < expressions.size(); i++) {
            values.add(Values.coerce(keyset.values().get(i), types.get(i)));
        }
        out.append('(');
        for (int i = 0; i < expressions.size(); i++) {
            out.append(i > 0 ? " or " : "").append('(');
            for (int k = 0; k < i; k++) {
                out.append(expressions.get(k)).append(" = ").append(bind(params, values.get(k), numbered));
                out.append(" and ");
            }
            boolean greater = descending.get(i) == keyset.backward();
            out.append(expressions.get(i)).append(greater ? " > " : " < ");
            out.append(bind(params, values.get(i), numbered)).append(')');
        }
        out.append(')');
    }

    private static String bind(List<Object> params, Object value, boolean numbered) {
        params.add(value);
        return numbered ? "?" + params.size() : "?";
    }
}
