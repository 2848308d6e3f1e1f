package dev.kunai.data.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.Review;
import dev.kunai.data.books.ReviewSchema;
import dev.kunai.data.books.Tag;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.data.filter.Searching;
import dev.kunai.data.schema.SchemaModel;
import java.util.List;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The SQL rendered from a {@link ReadPlan}, exactly: identifiers from the mapping, every value a parameter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlRendererTest {

    private Db db;
    private ReadPlan books;
    private ReadPlan reviews;

    @BeforeAll
    void start() {
        db = Db.open(Database.of("h2:mem:renderer")
                .entities(Book.class, Tag.class, Review.class)
                .schemaFromModels());
        var metamodel =
                db.sessionFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        books = ReadPlan.build(metamodel, SchemaModel.of(BookSchema.class));
        reviews = ReadPlan.build(metamodel, SchemaModel.of(ReviewSchema.class));
    }

    @AfterAll
    void stop() {
        db.close();
    }

    @Test
    void thePlanIsStructured() {
        assertThat(books.table.name()).isEqualTo("Book");
        assertThat(books.table.id().name()).isEqualTo("id");
        assertThat(books.select).extracting(ReadPlan.Column::name).containsExactly("id", "title");
        ReadPlan.Link tags = books.nested.getFirst().link();
        assertThat(tags.kind()).isEqualTo(ReadPlan.LinkKind.MANY_TO_MANY);
        assertThat(List.of(tags.joinTable(), tags.ownerColumn(), tags.elementColumn()))
                .containsExactly("Book_Tag", "Book_id", "tags_id");
        assertThat(reviews.select).extracting(ReadPlan.Column::name).containsExactly("id", "text", "stars", "book_id");
    }

    @Test
    void aFilteredOrderedPageAndItsCount() {
        ReadSpec spec = ReadSpec.builder()
                .where(Condition.and(List.of(
                        Condition.of("title", Lookup.ICONTAINS, "50%"),
                        Condition.of("tags.name", Lookup.EXACT, "red"))))
                .orderBy(List.of(Order.desc("title")))
                .offset(20)
                .limit(10)
                .count(true)
                .build();
        SqlRenderer.Rendered page = SqlRenderer.page(books, spec, ConditionWriter.Dialect.H2);
        assertThat(page.sql())
                .isEqualTo("select r.id, r.title, r.title from Book r where (lower(r.title) like ? escape '!' and"
                        + " exists (select 1 from Book_Tag f1 join Tag f1t on f1t.id = f1.tags_id"
                        + " where f1.Book_id = r.id and f1t.name = ?)) order by r.title desc, r.id limit ? offset ?");
        assertThat(page.params()).containsExactly("%50!%%", "red", 11L, 20L);
        SqlRenderer.Rendered count = SqlRenderer.count(books, spec, ConditionWriter.Dialect.H2);
        assertThat(count.sql()).startsWith("select count(*) from Book r where (lower(r.title) like ?");
        assertThat(count.sql()).doesNotContain("order by", "limit");
        assertThat(count.params()).containsExactly("%50!%%", "red");
    }

    @Test
    void anOrAcrossARelationIsAUnionOfIdSetsOneBranchPerTable() {
        ReadSpec spec = ReadSpec.builder()
                .where(Searching.fields("title", "^tags.name", "=title")
                        .condition(Optional.of("dune 50%"))
                        .orElseThrow())
                .limit(20)
                .count(true)
                .build();
        String dune = "select f1.id from Book f1 where lower(f1.title) like ? escape '!' or lower(f1.title) = ?"
                + " union select f2.Book_id from Book_Tag f2 join Tag f2t on f2t.id = f2.tags_id"
                + " where lower(f2t.name) like ? escape '!'";
        String half = "select f3.id from Book f3 where lower(f3.title) like ? escape '!' or lower(f3.title) = ?"
                + " union select f4.Book_id from Book_Tag f4 join Tag f4t on f4t.id = f4.tags_id"
                + " where lower(f4t.name) like ? escape '!'";
        // the page is a UnionPage (below); unlimited, it is the union of id sets too
        SqlRenderer.Rendered page = SqlRenderer.page(
                books, ReadSpec.builder().where(spec.where()).build(), ConditionWriter.Dialect.POSTGRESQL);
        assertThat(page.sql())
                .isEqualTo("select r.id, r.title from Book r where (r.id = any(array(" + dune + ")) and"
                        + " r.id = any(array(" + half + "))) order by r.id");
        assertThat(page.params()).containsExactly("%dune%", "dune", "dune%", "%50!%%", "50%", "50!%%");
        SqlRenderer.Rendered count = SqlRenderer.count(books, spec, ConditionWriter.Dialect.POSTGRESQL);
        assertThat(count.sql())
                .isEqualTo("select count(*) from Book r where (r.id = any(array(" + dune + ")) and r.id = any(array("
                        + half + ")))");
        // elsewhere the standard in (the branches are the same)
        assertThat(SqlRenderer.count(books, spec, ConditionWriter.Dialect.H2).sql())
                .isEqualTo("select count(*) from Book r where (r.id in (" + dune + ") and r.id in (" + half + "))");
        assertThat(count.params()).containsExactly("%dune%", "dune", "dune%", "%50!%%", "50%", "50!%%");
        // across a to-one relation the branch joins the root table to the target (H2: an in)
        ReadSpec reviewed = ReadSpec.builder()
                .where(Searching.fields("text", "book.title")
                        .condition(Optional.of("dune"))
                        .orElseThrow())
                .build();
        assertThat(SqlRenderer.count(reviews, reviewed, ConditionWriter.Dialect.H2)
                        .sql())
                .isEqualTo("select count(*) from Review r where r.id in (select f1.id from Review f1"
                        + " where lower(f1.text) like ? escape '!' union select f2.id from Review f2"
                        + " join Book f2t on f2t.id = f2.book_id where lower(f2t.title) like ? escape '!')");
    }

    @Test
    void aWindowOfAnOrAcrossARelationIsAUnionOfBranchPages() {
        ReadSpec spec = ReadSpec.builder()
                .where(Searching.fields("title", "tags.name")
                        .condition(Optional.of("dune"))
                        .orElseThrow())
                .limit(20)
                .build();
        String title = "lower(w1.title) like ? escape '!'";
        String tag = "exists (select 1 from Book_Tag f1 join Tag f1t on f1t.id = f1.tags_id where f1.Book_id = w2.id"
                + " and lower(f1t.name) like ? escape '!')";
        // PostgreSQL: a branch with at most 1,000 matches is read whole, one with more walked in page order
        SqlRenderer.Rendered page = SqlRenderer.page(books, spec, ConditionWriter.Dialect.POSTGRESQL);
        assertThat(page.sql())
                .isEqualTo("with m1(id) as materialized (select f1.id from Book f1 where lower(f1.title) like ?"
                        + " escape '!' limit ?), m2(id) as materialized (select f1.Book_id from Book_Tag f1 join Tag f1t"
                        + " on f1t.id = f1.tags_id where lower(f1t.name) like ? escape '!' limit ?)"
                        + " select r.id, r.title from Book r where r.id = any(array("
                        + "select id from m1 where (select count(*) from m1) <= ? union all select u1.id from"
                        + " (select w1.id from Book w1 where (" + title + ") and (select count(*) from m1) > ?"
                        + " order by w1.id limit ?) u1"
                        + " union all select id from m2 where (select count(*) from m2) <= ? union all select u2.id from"
                        + " (select w2.id from Book w2 where (" + tag + ") and (select count(*) from m2) > ?"
                        + " order by w2.id limit ?) u2)) order by r.id limit ?");
        assertThat(page.params())
                .containsExactly(
                        "%dune%",
                        1001L, "%dune%", 1001L, 1000L, "%dune%", 1000L, 21L, 1000L, "%dune%", 1000L, 21L, 21L);
        // H2: every branch walked in page order
        SqlRenderer.Rendered h2 = SqlRenderer.page(books, spec, ConditionWriter.Dialect.H2);
        assertThat(h2.sql())
                .isEqualTo(
                        "select r.id, r.title from Book r where r.id in (select u1.id from (select w1.id from Book w1"
                                + " where (" + title
                                + ") order by w1.id limit ?) u1 union select u2.id from (select w2.id"
                                + " from Book w2 where (" + tag
                                + ") order by w2.id limit ?) u2) order by r.id limit ?");
        assertThat(h2.params()).containsExactly("%dune%", 21L, "%dune%", 21L, 21L);
        // a cursor page and the rest of the filter: in each branch and outside, row by row; offset: more rows each
        ReadSpec keyed = ReadSpec.builder()
                .where(Condition.and(List.of(
                        Condition.of("title", Lookup.GT, "a"),
                        Searching.fields("title", "tags.name")
                                .condition(Optional.of("dune"))
                                .orElseThrow())))
                .orderBy(List.of(Order.desc("title")))
                .offset(10)
                .limit(5)
                .before(List.of("m", 7L))
                .build();
        assertThat(SqlRenderer.page(books, keyed, ConditionWriter.Dialect.H2).sql())
                .isEqualTo(
                        "select r.id, r.title, r.title from Book r where r.id in (select u1.id from (select w1.id"
                                + " from Book w1 where (" + title
                                + ") and w1.title > ? and ((w1.title > ?) or (w1.title = ?"
                                + " and w1.id < ?)) order by w1.title, w1.id desc limit ?) u1 union select u2.id from (select"
                                + " w2.id from Book w2 where (" + tag
                                + ") and w2.title > ? and ((w2.title > ?) or (w2.title = ?"
                                + " and w2.id < ?)) order by w2.title, w2.id desc limit ?) u2) and r.title > ? and"
                                + " ((r.title > ?) or (r.title = ? and r.id < ?)) order by r.title, r.id desc limit ? offset ?");
        assertThat(SqlRenderer.page(books, keyed, ConditionWriter.Dialect.H2).params())
                .containsExactly(
                        "%dune%", "a", "m", "m", 7L, 16L, "%dune%", "a", "m", "m", 7L, 16L, "a", "m", "m", 7L, 6L, 10L);
    }

    @Test
    void anOrOfRootFieldsOrOfGroupsStaysAnOr() {
        Condition titles = Condition.or(
                List.of(Condition.of("title", Lookup.EXACT, "a"), Condition.of("title", Lookup.EXACT, "b")));
        assertThat(SqlRenderer.count(books, ReadSpec.builder().where(titles).build(), ConditionWriter.Dialect.H2)
                        .sql())
                .isEqualTo("select count(*) from Book r where (r.title = ? or r.title = ?)");
        Condition grouped = Condition.or(List.of(
                Condition.and(List.of(
                        Condition.of("title", Lookup.EXACT, "a"), Condition.of("tags.name", Lookup.EXACT, "x"))),
                Condition.of("tags.name", Lookup.EXACT, "y")));
        assertThat(SqlRenderer.count(books, ReadSpec.builder().where(grouped).build(), ConditionWriter.Dialect.H2)
                        .sql())
                .isEqualTo("select count(*) from Book r where ((r.title = ? and exists (select 1 from Book_Tag f1"
                        + " join Tag f1t on f1t.id = f1.tags_id where f1.Book_id = r.id and f1t.name = ?)) or"
                        + " exists (select 1 from Book_Tag f2 join Tag f2t on f2t.id = f2.tags_id"
                        + " where f2.Book_id = r.id and f2t.name = ?))");
        // a contains term shorter than a trigram serves no index: the or, which can stop at the page, stays
        Condition shortTerm = Searching.fields("title", "tags.name")
                .condition(Optional.of("00"))
                .orElseThrow();
        assertThat(SqlRenderer.count(books, ReadSpec.builder().where(shortTerm).build(), ConditionWriter.Dialect.H2)
                        .sql())
                .isEqualTo("select count(*) from Book r where (lower(r.title) like ? escape '!' or exists (select 1"
                        + " from Book_Tag f1 join Tag f1t on f1t.id = f1.tags_id where f1.Book_id = r.id"
                        + " and lower(f1t.name) like ? escape '!'))");
    }

    @Test
    void aKeysetPageComparesEveryKeyThenTheId() {
        ReadSpec spec = ReadSpec.builder()
                .orderBy(List.of(Order.desc("title")))
                .limit(5)
                .before(List.of("Dune", 7L))
                .build();
        SqlRenderer.Rendered page = SqlRenderer.page(books, spec, ConditionWriter.Dialect.POSTGRESQL);
        assertThat(page.sql())
                .isEqualTo("select r.id, r.title, r.title from Book r where ((r.title > ?) or (r.title = ? and"
                        + " r.id < ?)) order by r.title, r.id desc limit ?");
        assertThat(page.params()).containsExactly("Dune", "Dune", 7L, 6L);
    }

    @Test
    void dialectOperatorsForRegexAndFullText() {
        ReadSpec spec = ReadSpec.builder()
                .where(Condition.and(List.of(
                        Condition.of("title", Lookup.IREGEX, "^a"), Condition.of("title", Lookup.SEARCH, "dune saga"))))
                .build();
        assertThat(SqlRenderer.page(books, spec, ConditionWriter.Dialect.POSTGRESQL)
                        .sql())
                .contains("(r.title ~* ? and to_tsvector('simple', r.title) @@ plainto_tsquery('simple', ?))");
        assertThat(SqlRenderer.page(books, spec, ConditionWriter.Dialect.H2).sql())
                .contains("(regexp_like(r.title, ?, 'i') and (lower(r.title) like ? escape '!'"
                        + " and lower(r.title) like ? escape '!'))");
    }

    @Test
    void relationLevelsLoadByOwnerIds() {
        assertThat(SqlRenderer.relation(books.nested.getFirst(), 3))
                .isEqualTo("select j.Book_id, c.id, c.name from Book_Tag j join Tag c on c.id = j.tags_id"
                        + " where j.Book_id in (?, ?, ?) order by j.Book_id, c.id");
        assertThat(SqlRenderer.relation(reviews.nested.getFirst(), 2))
                .isEqualTo("select c.id, c.id, c.title from Book c where c.id in (?, ?)");
        assertThat(SqlRenderer.joined(books))
                .isEqualTo("select r.id, r.title, c.id, c.name from Book r left join Book_Tag j on j.Book_id = r.id"
                        + " left join Tag c on c.id = j.tags_id order by r.id, c.id");
    }
}
