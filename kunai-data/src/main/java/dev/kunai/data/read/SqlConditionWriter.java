package dev.kunai.data.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Condition} as SQL over a {@link ReadPlan}'s root table (under the alias it is given): a root
 * attribute is its column, a field across a relation is a correlated {@code exists (…)} subquery, and an
 * {@link Condition.Any} of fields of which at least one crosses a relation is a membership of the root id in a
 * {@code union} of id sets, one branch per table.
 *
 * <p>Why the union: PostgreSQL cannot plan {@code lower(r.title) like ? or exists (… lower(t.name) like ?)} on
 * the indexes of both tables (the subquery is not an index condition, so it walks the root table and runs the
 * subquery per row: ~0.5 s for a rare term in 1,000,000 books), while each branch of
 * {@code r.id in (select f2.id from Book f2 where lower(f2.title) like ? union select f3.Book_id from Book_Tag f3
 * join Tag f3t on … where lower(f3t.name) like ?)} is read from its own index. The rows are the same: a root row
 * satisfies the {@code or} exactly when one branch yields its id (there is no negation in a {@link Condition},
 * so an {@code in} over a set that may hold a null behaves as the {@code or} does).
 *
 * <p>On PostgreSQL the set is {@code r.id = any(array(select … union select …))}: computed once, then the root rows
 * are fetched by primary key. As {@code r.id in (select … union …)} the planner estimates a matching tag at its
 * average share of the books (20,000 of 1,000,000) and walks or scans the whole book table to meet them (56 ms
 * for a page, 76 ms for a count of a rare term at 1,000,000 books, against 1.3 ms each as an array; {@code explain
 * analyze}, issue 14). H2 and other databases get the standard {@code in}.
 *
 * <p>The union reads every matching id (fast for a rare term, slower than the {@code or} for a term most rows
 * match), so it is what a count and an unlimited read get; a page (a window) is a {@link UnionPage}, which reads at
 * most the page's rows of a branch with many matches. Neither is written where no index can narrow a branch: an
 * {@code or} with a contains term of fewer than three characters (which no trigram index serves) stays an
 * {@code or}, which the database may answer by walking the table in page order and stopping at the page.
 */
final class SqlConditionWriter extends ConditionWriter {

    /** The length of a trigram: a {@code like '%term%'} needs this many characters for a trigram index to help. */
    private static final int TRIGRAM = 3;

    private final ReadPlan plan;
    private final String root;
    private final boolean unions;

    /**
     * A writer appending to {@code out} and {@code params}.
     *
     * @param root   the alias of {@code plan}'s table in the statement being written
     * @param unions whether an {@code or} across a relation is written as a union of id sets (false: as the
     *               {@code or}, for a condition checked row by row on rows read in page order, see {@link UnionPage})
     */
    SqlConditionWriter(
            StringBuilder out, List<Object> params, ReadPlan plan, Dialect dialect, String root, boolean unions) {
        super(out, params, dialect);
        this.plan = plan;
        this.root = root;
        this.unions = unions;
    }

    @Override
    String placeholder() {
        return "?";
    }

    @Override
    String column(String attribute) {
        return root + "." + columnOf(plan.table, attribute).name();
    }

    @Override
    String openRelation(String relation, String attribute, String alias) {
        ReadPlan.Link link = link(relation);
        ReadPlan.Table target = link.target();
        String rootId = root + "." + plan.table.id().name();
        String t = alias + "t";
        out.append("exists (select 1 from ");
        switch (link.kind()) {
            case MANY_TO_MANY -> {
                joinTableAndTarget(link, alias, t);
                out.append(" where ").append(alias).append('.').append(link.ownerColumn());
                out.append(" = ").append(rootId);
            }
            case ONE_TO_MANY -> {
                out.append(target.name()).append(' ').append(t).append(" where ");
                out.append(t)
                        .append('.')
                        .append(link.ownerColumn())
                        .append(" = ")
                        .append(rootId);
            }
            case TO_ONE -> {
                out.append(target.name()).append(' ').append(t).append(" where ");
                out.append(t).append('.').append(target.id().name());
                out.append(" = ").append(root).append('.').append(link.ownerColumn());
            }
        }
        out.append(" and ");
        return t + "." + columnOf(target, attribute).name();
    }

    @Override
    boolean idsOfAny(Condition.Any any) {
        Map<String, List<Condition.Match>> bySource = unions ? sources(plan, any) : Map.of();
        if (bySource.isEmpty()) {
            return false;
        }
        boolean array = dialect == Dialect.POSTGRESQL;
        out.append(root).append('.').append(plan.table.id().name()).append(array ? " = any(array(" : " in (");
        String union = "";
        for (Map.Entry<String, List<Condition.Match>> source : bySource.entrySet()) {
            out.append(union);
            union = " union ";
            branch(source.getKey(), source.getValue());
        }
        out.append(array ? "))" : ")");
        return true;
    }

    /**
     * {@code any}'s matches by the table they read ({@code ""} the root, else the relation), in first-seen order;
     * empty when {@code any} is better written as an {@code or}: it holds something other than single fields,
     * crosses no relation, or names a relation the plan lacks (the {@code or} path reports that).
     */
    static Map<String, List<Condition.Match>> sources(ReadPlan plan, Condition.Any any) {
        Map<String, List<Condition.Match>> bySource = new LinkedHashMap<>();
        boolean crosses = false;
        for (Condition condition : any.conditions()) {
            if (!(condition instanceof Condition.Match match) || shortContains(match)) {
                return Map.of();
            }
            int dot = match.path().indexOf('.');
            String relation = dot < 0 ? "" : match.path().substring(0, dot);
            if (dot >= 0) {
                if (!plan.links.containsKey(relation)) {
                    return Map.of();
                }
                crosses = true;
            }
            bySource.computeIfAbsent(relation, r -> new ArrayList<>()).add(match);
        }
        return crosses ? bySource : Map.of();
    }

    /**
     * Whether {@code match} is a contains lookup with fewer than {@link #TRIGRAM} characters: no trigram index can
     * narrow {@code like '%ab%'}, so such a term matches too many rows for a union to pay (the union reads every
     * match before the page; the {@code or} walks the table in order and stops at the page).
     */
    private static boolean shortContains(Condition.Match match) {
        return (match.lookup() == Lookup.CONTAINS || match.lookup() == Lookup.ICONTAINS)
                && ((String) match.values().getFirst()).length() < TRIGRAM;
    }

    /**
     * One branch of the union: the ids of the root rows that {@code relation}'s rows ({@code ""}: the root's own)
     * match with any of {@code matches}.
     */
    void branch(String relation, List<Condition.Match> matches) {
        String alias = nextAlias();
        String t = alias + "t";
        ReadPlan.Table table;
        out.append("select ");
        if (relation.isEmpty()) {
            table = plan.table;
            t = alias;
            out.append(alias).append('.').append(table.id().name()).append(" from ");
            out.append(table.name()).append(' ').append(alias);
        } else {
            ReadPlan.Link link = link(relation);
            table = link.target();
            switch (link.kind()) {
                case MANY_TO_MANY -> {
                    out.append(alias).append('.').append(link.ownerColumn()).append(" from ");
                    joinTableAndTarget(link, alias, t);
                }
                case ONE_TO_MANY -> {
                    out.append(t).append('.').append(link.ownerColumn()).append(" from ");
                    out.append(table.name()).append(' ').append(t);
                }
                case TO_ONE -> {
                    out.append(alias).append('.').append(plan.table.id().name()).append(" from ");
                    out.append(plan.table.name()).append(' ').append(alias).append(" join ");
                    out.append(table.name())
                            .append(' ')
                            .append(t)
                            .append(" on ")
                            .append(t)
                            .append('.');
                    out.append(table.id().name())
                            .append(" = ")
                            .append(alias)
                            .append('.')
                            .append(link.ownerColumn());
                }
            }
        }
        out.append(" where ");
        for (int i = 0; i < matches.size(); i++) {
            Condition.Match match = matches.get(i);
            String attribute = relation.isEmpty() ? match.path() : match.path().substring(relation.length() + 1);
            out.append(i > 0 ? " or " : "");
            compare(t + "." + columnOf(table, attribute).name(), match);
        }
    }

    /** {@code joinTable alias join target t on t.id = alias.element} of a many-to-many {@code link}. */
    private void joinTableAndTarget(ReadPlan.Link link, String alias, String t) {
        ReadPlan.Table target = link.target();
        out.append(link.joinTable()).append(' ').append(alias).append(" join ").append(target.name());
        out.append(' ')
                .append(t)
                .append(" on ")
                .append(t)
                .append('.')
                .append(target.id().name());
        out.append(" = ").append(alias).append('.').append(link.elementColumn());
    }

    private ReadPlan.Link link(String relation) {
        ReadPlan.Link link = plan.links.get(relation);
        if (link == null) {
            throw new IllegalArgumentException(plan.model.entity().type().getSimpleName() + " has no relation '"
                    + relation + "' a filter can cross");
        }
        return link;
    }

    /** The column of {@code attribute} in {@code table}; IllegalArgumentException when there is none. */
    private static ReadPlan.Column columnOf(ReadPlan.Table table, String attribute) {
        ReadPlan.Column column = table.columns().get(attribute);
        if (column == null) {
            throw new IllegalArgumentException(
                    "Table " + table.name() + " has no column attribute '" + attribute + "' to filter on");
        }
        return column;
    }
}
