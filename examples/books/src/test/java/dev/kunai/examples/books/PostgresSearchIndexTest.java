package dev.kunai.examples.books;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.data.db.Db;
import dev.kunai.test.KunaiTest;
import dev.kunai.testing.TestClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The Books migration V2's trigram indexes on real PostgreSQL: the statements {@code GET /api/books/page}
 * runs for {@code ?title=} (and a title-only {@code ?search=}, the same {@code lower(title) like '%term%'}) are
 * planned as index scans of {@code book_title_trgm} on a table big enough for the planner to care (50,000
 * books), not as sequential scans; and a {@code ?search=} over the title and the tags (the {@code union} of id
 * sets kunai-data writes for an OR across a relation) reads no book it does not return. The statements are the
 * ones the data layer really ran (read from Hibernate's SQL log), explained with the values it bound.
 */
@KunaiTest(
        controllers = {BookController.class, BookListController.class},
        database = "postgres",
        migrations = true)
class PostgresSearchIndexTest {

    private static final int BOOKS = 50_000;

    @Test
    void aTitleSearchIsPlannedOnTheTrigramIndexForTheCountAndThePage(TestClient client, Db db) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("insert into Book(id, title) select g, 'Book ' || lpad(g::text, 7, '0') from generate_series(1, "
                    + BOOKS + ") g");
            s.execute("analyze Book");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        List<String> statements = ranBy(() -> {
            JsonNode page = client.get("/books/page?title=0025001&limit=5").json();
            assertThat(page.get("count").asLong()).isEqualTo(1);
            assertThat(page.at("/items/0/title").asText()).isEqualTo("Book 0025001");
        });
        // the count, the page (limit 5 asks for 6 rows: the sixth says whether there is a next page), its tags
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).isEqualTo("select count(*) from Book r where lower(r.title) like ? escape '!'");
        assertThat(statements.get(1)).startsWith("select r.id, r.title from Book r where lower(r.title) like ?");
        String count = explain(db, statements.get(0), "%0025001%");
        String page = explain(db, statements.get(1), "%0025001%", 6L);
        for (String plan : List.of(count, page)) {
            assertThat(plan).contains("Bitmap Index Scan on book_title_trgm").doesNotContain("Seq Scan");
        }
        // without the index, the same statement reads every row: what V2 saves
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("drop index book_title_trgm");
            try (PreparedStatement explain = c.prepareStatement("explain " + statements.get(0))) {
                explain.setString(1, "%0025001%");
                try (ResultSet rows = explain.executeQuery()) {
                    StringBuilder plan = new StringBuilder();
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                    assertThat(plan.toString()).contains("Seq Scan on book");
                }
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void aSearchOverTheTitleAndTheTagsIsPlannedOnBothIndexes(TestClient client, Db db) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("insert into Book(id, title) select g, 'Book ' || lpad(g::text, 7, '0') from generate_series(1, "
                    + BOOKS + ") g");
            s.execute("insert into Tag(id, name) select g, 'tag ' || g from generate_series(1, 100) g");
            s.execute("insert into Tag(id, name) values (101, 'Space opera')");
            s.execute("insert into Book_Tag(Book_id, tags_id) select g, 1 + g % 100 from generate_series(1, " + BOOKS
                    + ") g");
            s.execute("insert into Book_Tag(Book_id, tags_id) values (777, 101)");
            s.execute("analyze Book");
            s.execute("analyze Tag");
            s.execute("analyze Book_Tag");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        // a rare term found in a title, one found in a tag name only: the same rows as the or would find
        JsonNode byTag = client.get("/books/page?search=opera&limit=5").json();
        assertThat(byTag.get("count").asLong()).isEqualTo(1);
        assertThat(byTag.at("/items/0/title").asText()).isEqualTo("Book 0000777");
        List<String> statements = ranBy(() -> {
            JsonNode page = client.get("/books/page?search=0025001&limit=5").json();
            assertThat(page.get("count").asLong()).isEqualTo(1);
            assertThat(page.at("/items/0/title").asText()).isEqualTo("Book 0025001");
            assertThat(page.at("/items/0/tags/0/name").asText()).isEqualTo("tag 2");
        });
        assertThat(statements).hasSize(3);
        String ids = "r.id = any(array(select f1.id from Book f1 where lower(f1.title) like ? escape '!' union select"
                + " f2.Book_id from Book_Tag f2 join Tag f2t on f2t.id = f2.tags_id where lower(f2t.name) like ?"
                + " escape '!'))";
        assertThat(statements.get(0)).isEqualTo("select count(*) from Book r where " + ids);
        String count = explain(db, statements.get(0), "%0025001%", "%0025001%");
        // the title's ids from its trigram index, the books then by primary key: no book is read in vain
        assertThat(count)
                .contains("Bitmap Index Scan on book_title_trgm", "using book_pkey on book r")
                .doesNotContainPattern("Seq Scan on book\\s");
        // the page: each branch's matches are read whole (at most 1,000) or walked in page order (more)
        assertThat(statements.get(1)).startsWith("with m1(id) as materialized (select f1.id from Book f1 where");
        String rare = explainAs(db, ANALYZE, statements.get(1), pageParams("%0025001%"));
        assertThat(rare)
                .contains("Bitmap Index Scan on book_title_trgm", "Index Scan using book_pkey on book r")
                .doesNotContainPattern("Seq Scan on book r\\s");
        // the walks of the branches (w1, w2) never run for a rare term
        assertThat(rare).containsPattern("on book w1 [^\\n]*never executed");
        // "book" is in every title: the title's branch stops after 1,001 matches and walks to the page's 6 rows
        List<String> common = ranBy(() -> assertThat(client.get("/books/page?search=book&limit=5")
                        .json()
                        .at("/items/4/title")
                        .asText())
                .isEqualTo("Book 0000005"));
        String walked = explainAs(db, ANALYZE, common.get(1), pageParams("%book%"));
        assertThat(walked).contains("Index Scan using book_pkey on book w1 (actual rows=6 loops=1)");
        assertThat(rowsOutOfBook(walked)).allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(1001));
    }

    private static final String ANALYZE = "explain (analyze, costs off, timing off) ";

    /** The parameters of a 5-book page of {@code ?search=} over the title and the tags for {@code pattern}. */
    private static Object[] pageParams(String pattern) {
        return new Object[] {pattern, 1001L, pattern, 1001L, 1000L, pattern, 1000L, 6L, 1000L, pattern, 1000L, 6L, 6L};
    }

    /** The {@code actual rows} of every plan node that reads the book table. */
    private static List<Long> rowsOutOfBook(String plan) {
        List<Long> rows = new ArrayList<>();
        java.util.regex.Matcher node = java.util.regex.Pattern.compile(" on book \\w+ .*actual rows=(\\d+)")
                .matcher(plan);
        while (node.find()) {
            rows.add(Long.parseLong(node.group(1)));
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static List<String> ranBy(Runnable request) {
        Logger sql = (Logger) LoggerFactory.getLogger("org.hibernate.SQL");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level level = sql.getLevel();
        boolean additive = sql.isAdditive();
        sql.addAppender(appender);
        sql.setLevel(Level.DEBUG);
        sql.setAdditive(false);
        try {
            request.run();
        } finally {
            sql.detachAppender(appender);
            sql.setLevel(level);
            sql.setAdditive(additive);
        }
        List<String> statements = new ArrayList<>();
        appender.list.forEach(event -> statements.add(event.getFormattedMessage()));
        return statements;
    }

    private static String explain(Db db, String sql, Object... params) throws SQLException {
        return explainAs(db, "explain ", sql, params);
    }

    private static String explainAs(Db db, String how, String sql, Object... params) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement statement = c.prepareStatement(how + sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
