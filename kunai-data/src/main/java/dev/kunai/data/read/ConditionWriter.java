package dev.kunai.data.read;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Condition} tree into query text with bound parameters. The SQL and HQL renderers share
 * this and differ only in how a field path and a relation are named ({@link #column}, {@link #openRelation})
 * and how a parameter is written ({@link #placeholder}).
 */
abstract class ConditionWriter {

    /** Which database-specific operators to use for regular expressions and full-text search. */
    enum Dialect {
        /** {@code ~*}, {@code to_tsvector @@ plainto_tsquery}. */
        POSTGRESQL,
        /** {@code regexp_like(x, ?, 'i')}; full text as every word contained. */
        H2,
        /** No regular expressions; full text as every word contained. */
        OTHER
    }

    /** The escape character of {@code like} patterns (a backslash means different things per database). */
    static final char ESCAPE = '!';

    final StringBuilder out;
    final List<Object> params;
    final Dialect dialect;
    private int aliases;

    ConditionWriter(StringBuilder out, List<Object> params, Dialect dialect) {
        this.out = out;
        this.params = params;
        this.dialect = dialect;
    }

    /** The placeholder of the parameter just added to {@link #params}. */
    abstract String placeholder();

    /** The expression of a root attribute; throws IllegalArgumentException when there is none. */
    abstract String column(String attribute);

    /**
     * Appends the opening of a correlated {@code exists (…) } subquery over {@code relation} aliased
     * {@code alias}, ending in {@code where … and }, and returns the expression of {@code attribute} of the
     * related row; throws IllegalArgumentException when there is no such relation or attribute.
     */
    abstract String openRelation(String relation, String attribute, String alias);

    /**
     * Writes {@code any} as a membership of the root id in a set of ids (e.g. a {@code union} with one branch
     * per table, each able to use its own index) and returns true, or writes nothing and returns false: then
     * {@code any} is written as an {@code or} of its conditions. This default always returns false.
     */
    boolean idsOfAny(Condition.Any any) {
        return false;
    }

    /** A fresh alias for a subquery's table ({@code f1}, {@code f2}…; a related table adds {@code t}). */
    String nextAlias() {
        return "f" + (++aliases);
    }

    /** Writes {@code condition}. */
    void write(Condition condition) {
        switch (condition) {
            case Condition.All all -> group(all.conditions(), " and ", "1 = 1");
            case Condition.Any any -> {
                if (!idsOfAny(any)) {
                    group(any.conditions(), " or ", "1 = 0");
                }
            }
            case Condition.Match match -> match(match);
        }
    }

    private void group(List<Condition> conditions, String connector, String empty) {
        if (conditions.isEmpty()) {
            out.append(empty);
            return;
        }
        out.append('(');
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                out.append(connector);
            }
            write(conditions.get(i));
        }
        out.append(')');
    }

    private void match(Condition.Match match) {
        String path = match.path();
        int dot = path.indexOf('.');
        if (dot < 0) {
            compare(column(path), match);
            return;
        }
        String alias = nextAlias();
        String expression = openRelation(path.substring(0, dot), path.substring(dot + 1), alias);
        compare(expression, match);
        out.append(')');
    }

    /** Writes {@code match}'s comparison of the expression {@code x} (its path already resolved to {@code x}). */
    void compare(String x, Condition.Match match) {
        List<Object> values = match.values();
        Object value = values.isEmpty() ? null : values.getFirst();
        switch (match.lookup()) {
            case EXACT -> binary(x, " = ", value);
            case GT -> binary(x, " > ", value);
            case GTE -> binary(x, " >= ", value);
            case LT -> binary(x, " < ", value);
            case LTE -> binary(x, " <= ", value);
            case IEXACT -> binary("lower(" + x + ")", " = ", lower(value));
            case CONTAINS -> like(x, "%" + escape((String) value) + "%");
            case ICONTAINS -> like("lower(" + x + ")", "%" + escape(lower(value)) + "%");
            case STARTSWITH -> like(x, escape((String) value) + "%");
            case ISTARTSWITH -> like("lower(" + x + ")", escape(lower(value)) + "%");
            case ISNULL -> out.append(x).append((Boolean) value ? " is null" : " is not null");
            case RANGE -> {
                out.append(x).append(" between ").append(bind(value));
                out.append(" and ").append(bind(values.get(1)));
            }
            case IN -> in(x, values);
            case IREGEX -> regex(x, (String) value);
            case SEARCH -> search(x, (String) value);
        }
    }

    private void binary(String x, String operator, Object value) {
        out.append(x).append(operator).append(bind(value));
    }

    private void like(String x, String pattern) {
        out.append(x)
                .append(" like ")
                .append(bind(pattern))
                .append(" escape '")
                .append(ESCAPE)
                .append('\'');
    }

    private void in(String x, List<Object> values) {
        if (values.isEmpty()) {
            out.append("1 = 0");
            return;
        }
        out.append(x).append(" in (");
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? ", " : "").append(bind(values.get(i)));
        }
        out.append(')');
    }

    private void regex(String x, String pattern) {
        switch (dialect) {
            case POSTGRESQL -> out.append(x).append(" ~* ").append(bind(pattern));
            case H2 ->
                out.append("regexp_like(")
                        .append(x)
                        .append(", ")
                        .append(bind(pattern))
                        .append(", 'i')");
            case OTHER -> throw new IllegalStateException("Regular-expression lookups need PostgreSQL or H2");
        }
    }

    private void search(String x, String words) {
        if (dialect == Dialect.POSTGRESQL) {
            out.append("to_tsvector('simple', ").append(x).append(") @@ plainto_tsquery('simple', ");
            out.append(bind(words)).append(')');
            return;
        }
        String[] terms = words.trim().split("\\s+");
        out.append('(');
        for (int i = 0; i < terms.length; i++) {
            out.append(i > 0 ? " and " : "");
            like("lower(" + x + ")", "%" + escape(lower(terms[i])) + "%");
        }
        out.append(')');
    }

    private String bind(Object value) {
        params.add(value);
        return placeholder();
    }

    private static String lower(Object value) {
        return ((String) value).toLowerCase(Locale.ROOT);
    }

    /** {@code text} with the {@code like} wildcards and the escape character escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
