package dev.kunai.data.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page (a window: {@code limit}, maybe {@code offset} or a keyset) of a filter whose {@code or} crosses a
 * relation — {@code ?search=} over {@code title} and {@code tags.name} — written so that its cost follows the
 * page, not the table, whether the term is rare or in every row.
 *
 * <p>The {@code or} is split into one branch per table (as {@link SqlConditionWriter} does for a count). Each
 * branch contributes the ids of a superset of its rows on the page, and the outer statement fetches those rows by
 * primary key, filters, orders and windows them:
 *
 * <pre>{@code
 * with m1(id) as materialized (select f1.id from Book f1 where lower(f1.title) like ? limit 1001),
 *      m2(id) as materialized (select f2.Book_id from Book_Tag f2 join Tag f2t … where lower(f2t.name) like ? limit 1001)
 * select r.id, r.title from Book r where r.id = any(array(
 *     select id from m1 where (select count(*) from m1) <= 1000
 *     union all select u1.id from (select w1.id from Book w1 where lower(w1.title) like ?
 *         and (select count(*) from m1) > 1000 order by w1.id limit 21) u1
 *     union all …the same for m2, the branch written as exists (…)…))
 * order by r.id limit 21
 * }</pre>
 *
 * <p>A branch with at most {@link #SMALL} matches (read from its own index, as in the count) gives them all; a
 * branch with more gives its first {@code offset + limit + 1} rows in page order ({@code w1}: the table walked in
 * the page's order until they are found, which is short because the branch matches many rows). The two are
 * chosen when the statement runs, not by the planner's estimate: PostgreSQL runs only the side whose
 * {@code (select count(*) from m1)} test holds. Why not leave it to the planner: it estimates a tag name's match
 * at its tables' average share of the books, so a term matching no tag walked every row of {@code Book_Tag}
 * ({@code explain analyze}, issue 14). The union's rows are a superset of the page's, so the outer filter
 * (the rest of the condition and the keyset, written row by row) and window give the same rows as the plain
 * statement. Elsewhere (H2) each branch is the walk alone: {@code r.id in (select … union select …)}.
 *
 * <p>Only the first such {@code or} of the filter is split; the rest of the filter (another search term) is
 * checked row by row. An unlimited read keeps {@link SqlConditionWriter}'s union of id sets.
 */
final class UnionPage {

    /** A branch with at most this many matches is read whole (PostgreSQL), else walked in page order. */
    static final int SMALL = 1000;

    /**
     * The {@code or} split into branches by table, and the rest of the filter ({@link Condition.All} of nothing
     * when none).
     */
    private record Split(Map<String, List<Condition.Match>> branches, Condition rest) {}

    private final ReadPlan plan;
    private final ReadSpec spec;
    private final List<ReadPlan.Column> keys;
    private final ConditionWriter.Dialect dialect;
    private final Split split;
    private final long small;
    /** PostgreSQL: each branch's side (read whole or walked) is chosen while the statement runs. */
    private final boolean gated;

    private final String id;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private UnionPage(
            ReadPlan plan,
            ReadSpec spec,
            List<ReadPlan.Column> keys,
            ConditionWriter.Dialect dialect,
            Split split,
            long small) {
        this.plan = plan;
        this.spec = spec;
        this.keys = keys;
        this.dialect = dialect;
        this.split = split;
        this.small = small;
        this.gated = dialect == ConditionWriter.Dialect.POSTGRESQL;
        this.id = plan.table.id().name();
    }

    /**
     * The page of {@code spec} over {@code plan} as a union of branches, or empty when {@code spec} has no window
     * or no {@code or} across a relation at its top (alone or in an {@code and}).
     *
     * @param keys the order keys, the id last ({@link SqlRenderer#orderColumns})
     */
    static Optional<SqlRenderer.Rendered> render(
            ReadPlan plan, ReadSpec spec, List<ReadPlan.Column> keys, ConditionWriter.Dialect dialect) {
        return render(plan, spec, keys, dialect, Math.max(SMALL, spec.offset() + spec.limit() + 1L));
    }

    /**
     * {@link #render(ReadPlan, ReadSpec, List, ConditionWriter.Dialect)} reading a branch whole when it has at most
     * {@code small} matches (PostgreSQL; tests choose it to take either side).
     */
    static Optional<SqlRenderer.Rendered> render(
            ReadPlan plan, ReadSpec spec, List<ReadPlan.Column> keys, ConditionWriter.Dialect dialect, long small) {
        if (spec.limit() == ReadSpec.UNLIMITED) {
            return Optional.empty();
        }
        return spec.where()
                .flatMap(where -> split(plan, where))
                .map(split -> new UnionPage(plan, spec, keys, dialect, split, small).write());
    }

    private static Optional<Split> split(ReadPlan plan, Condition where) {
        List<Condition> conditions = new ArrayList<>();
        flatten(where, conditions);
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i) instanceof Condition.Any any) {
                Map<String, List<Condition.Match>> branches = SqlConditionWriter.sources(plan, any);
                if (!branches.isEmpty()) {
                    List<Condition> rest = new ArrayList<>(conditions);
                    rest.remove(i);
                    return Optional.of(
                            new Split(branches, rest.isEmpty() ? new Condition.All(rest) : Condition.and(rest)));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code condition}'s members when it is an {@code and} (of {@code and}s…), else {@code condition}. */
    private static void flatten(Condition condition, List<Condition> into) {
        if (condition instanceof Condition.All all) {
            all.conditions().forEach(member -> flatten(member, into));
        } else {
            into.add(condition);
        }
    }

    private SqlRenderer.Rendered write() {
        if (gated) {
            probes();
        }
        SqlRenderer.selectFrom(sql, plan, keys);
        sql.append(" where r.").append(id).append(gated ? " = any(array(" : " in (");
        union();
        sql.append(gated ? "))" : ")");
        rowFilter(new SqlConditionWriter(sql, params, plan, dialect, "r", false));
        keyset("r");
        SqlRenderer.orderBy(sql, "r", keys, spec);
        sql.append(" limit ?");
        params.add(spec.limit() + 1L); // one more row tells whether there is a next page
        if (spec.offset() > 0) {
            sql.append(" offset ?");
            params.add(spec.offset());
        }
        return new SqlRenderer.Rendered(sql.toString(), params);
    }

    /**
     * Each branch's ids: on PostgreSQL its probe's matches when they are at most {@code small}, else its walk; elsewhere
     * its walk.
     */
    private void union() {
        int n = 0;
        for (List<Condition.Match> matches : split.branches().values()) {
            String m = "m" + ++n;
            if (gated) {
                sql.append(n > 1 ? " union all " : "")
                        .append("select ")
                        .append(id)
                        .append(" from ")
                        .append(m);
                sql.append(" where (select count(*) from ").append(m).append(") <= ?");
                params.add(small);
            }
            sql.append(gated ? " union all " : n > 1 ? " union " : "");
            walk(matches, n);
            if (gated) {
                sql.append(" and (select count(*) from ").append(m).append(") > ?");
                params.add(small);
            }
            SqlRenderer.orderBy(sql, "w" + n, keys, spec);
            sql.append(" limit ?) u").append(n);
            params.add(spec.offset() + spec.limit() + 1L);
        }
    }

    /**
     * {@code with m1(id) as materialized (branch 1's ids limit small + 1), m2(id) … } (PostgreSQL): each branch's
     * matches read from its own index, one more than {@code small} at most.
     */
    private void probes() {
        sql.append("with ");
        int n = 0;
        for (Map.Entry<String, List<Condition.Match>> branch : split.branches().entrySet()) {
            sql.append(n > 0 ? ", " : "").append('m').append(++n).append('(').append(id);
            sql.append(") as materialized (");
            new SqlConditionWriter(sql, params, plan, dialect, "r", true).branch(branch.getKey(), branch.getValue());
            sql.append(" limit ?)");
            params.add(small + 1);
        }
        sql.append(' ');
    }

    /**
     * Opens branch {@code n}'s walk, {@code select un.id from (select wn.id from T wn where (its matches) and the
     * rest and the keyset}, for the caller to end with its gate, order and {@code limit ?) un}.
     */
    private void walk(List<Condition.Match> matches, int n) {
        String w = "w" + n;
        sql.append("select u").append(n).append('.').append(id).append(" from (select ");
        sql.append(w)
                .append('.')
                .append(id)
                .append(" from ")
                .append(plan.table.name())
                .append(' ')
                .append(w);
        sql.append(" where ");
        SqlConditionWriter writer = new SqlConditionWriter(sql, params, plan, dialect, w, false);
        writer.write(new Condition.Any(List.copyOf(matches)));
        rowFilter(writer);
        keyset(w);
    }

    /**
     * {@code and} the rest of the filter with {@code writer}'s alias, row by row (an {@code or} stays an {@code or});
     * nothing when there is no rest.
     */
    private void rowFilter(SqlConditionWriter writer) {
        if (split.rest() instanceof Condition.All all && all.conditions().isEmpty()) {
            return;
        }
        sql.append(" and ");
        writer.write(split.rest());
    }

    private void keyset(String alias) {
        if (spec.keyset().isPresent()) {
            sql.append(" and ");
            SqlRenderer.keyset(sql, params, alias, keys, spec);
        }
    }
}
