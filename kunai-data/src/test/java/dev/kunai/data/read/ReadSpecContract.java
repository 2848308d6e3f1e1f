package dev.kunai.data.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.BookTagSchema;
import dev.kunai.data.books.Review;
import dev.kunai.data.books.ReviewSchema;
import dev.kunai.data.books.Tag;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@link ReadSpec} reads (filters, search, order, windows, keysets, counts) against each database product. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadSpecContract {

    private static final int BOOKS = 120;

    protected Db db;

    /** The database under test (tables built from the models, statistics on). */
    protected abstract Database database();

    /** Frees whatever {@link #database()} created. */
    protected void release() {}

    /** Whether the database has PostgreSQL's full-text search. */
    protected abstract boolean postgres();

    @BeforeAll
    void start() {
        db = Db.open(database()
                .entities(Book.class, Tag.class, Review.class, Note.class)
                .schemas(BookSchema.class, ReviewSchema.class)
                .schemaFromModels()
                .statistics(true));
        db.inTransaction(s -> {
            Tag red = s.persist(new Tag("red"));
            Tag blue = s.persist(new Tag("blue"));
            Tag odd = s.persist(new Tag("50%_off"));
            for (int i = 0; i < BOOKS; i++) {
                Book book = s.persist(new Book(String.format("Book %03d", i)));
                book.tags().add(i % 2 == 0 ? red : blue);
                if (i % 10 == 0) {
                    book.tags().add(odd);
                    s.persist(new Review("review of " + i, i % 5, book));
                }
            }
            for (int i = 0; i < 10; i++) {
                s.persist(new Note("note " + i, i % 3 == 0 ? Note.Level.HIGH : Note.Level.LOW));
            }
            s.persist(new Book("The Dune Saga"));
            s.persist(new Book("Dune Messiah"));
        });
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
        release();
    }

    private Slice<BookSchema> books(ReadSpec spec) {
        return db.read(s -> s.list(Book.class, BookSchema.class, spec));
    }

    private static List<String> titles(Slice<BookSchema> slice) {
        return slice.items().stream().map(BookSchema::title).toList();
    }

    @Test
    void limitOffsetAndCountComeFromTheDatabase() {
        Slice<BookSchema> page =
                books(ReadSpec.builder().offset(10).limit(5).count(true).build());
        assertThat(titles(page)).containsExactly("Book 010", "Book 011", "Book 012", "Book 013", "Book 014");
        assertThat(page.count()).hasValue(BOOKS + 2);
        assertThat(page.more()).isTrue();
        assertThat(page.items().getFirst().tags())
                .extracting(BookTagSchema::name)
                .containsExactly("red", "50%_off");
        Slice<BookSchema> last = books(ReadSpec.builder().offset(BOOKS).limit(5).build());
        assertThat(last.items()).hasSize(2);
        assertThat(last.more()).isFalse();
        assertThat(last.count()).isEmpty();
    }

    @Test
    void aPageTakesOneCountAndOneStatementPerRelationLevelWhateverItsSize() {
        for (int size : new int[] {1, 100}) {
            db.statistics().clear();
            Slice<BookSchema> page = books(ReadSpec.builder()
                    .where(Condition.of("tags.name", Lookup.EXACT, "red"))
                    .orderBy(List.of(Order.desc("title")))
                    .limit(size)
                    .count(true)
                    .build());
            assertThat(page.items()).hasSize(Math.min(size, BOOKS / 2));
            assertThat(db.statistics().getPrepareStatementCount())
                    .as("page size " + size)
                    .isEqualTo(3);
        }
        db.statistics().clear();
        Slice<BookSchema> uncounted = books(ReadSpec.builder().limit(100).build());
        assertThat(uncounted.items()).hasSize(100);
        assertThat(db.statistics().getPrepareStatementCount()).isEqualTo(2);
    }

    @Test
    void twoRelationLevelsTakeOneStatementEach() {
        db.statistics().clear();
        Slice<ReviewSchema> reviews = db.read(s -> s.list(
                Review.class,
                ReviewSchema.class,
                ReadSpec.builder()
                        .orderBy(List.of(Order.desc("stars")))
                        .limit(100)
                        .build()));
        assertThat(reviews.items()).hasSize(BOOKS / 10);
        assertThat(reviews.items()).extracting(ReviewSchema::stars).isSortedAccordingTo((a, b) -> b - a);
        assertThat(reviews.items().getFirst().book().tags()).isNotEmpty();
        assertThat(db.statistics().getPrepareStatementCount()).isEqualTo(3); // reviews, books, tags
    }

    @Test
    void lookupsFilterInSql() {
        assertThat(titles(books(spec(Condition.of("title", Lookup.ICONTAINS, "dune")))))
                .containsExactly("The Dune Saga", "Dune Messiah");
        assertThat(titles(books(spec(Condition.of("title", Lookup.CONTAINS, "dune")))))
                .isEmpty();
        assertThat(titles(books(spec(Condition.of("title", Lookup.ISTARTSWITH, "dune")))))
                .containsExactly("Dune Messiah");
        assertThat(titles(books(spec(Condition.of("title", Lookup.IEXACT, "book 007")))))
                .containsExactly("Book 007");
        assertThat(titles(books(spec(Condition.range("title", "Book 010", "Book 012")))))
                .containsExactly("Book 010", "Book 011", "Book 012");
        assertThat(titles(books(spec(Condition.in("title", List.of("Book 001", "Book 003", "nope"))))))
                .containsExactly("Book 001", "Book 003");
        assertThat(titles(books(spec(Condition.in("title", List.of()))))).isEmpty();
        assertThat(titles(books(spec(Condition.of("title", Lookup.GTE, "Book 118")))))
                .containsExactly("Book 118", "Book 119", "The Dune Saga", "Dune Messiah");
        assertThat(books(spec(Condition.of("title", Lookup.ISNULL, true))).items())
                .isEmpty();
        assertThat(books(spec(Condition.of("title", Lookup.ISNULL, false))).items())
                .hasSize(BOOKS + 2);
    }

    @Test
    void wildcardsAndQuotesInValuesMatchThemselves() {
        assertThat(books(spec(Condition.of("tags.name", Lookup.ICONTAINS, "%_")))
                        .items())
                .hasSize(BOOKS / 10);
        assertThat(books(spec(Condition.of("title", Lookup.CONTAINS, "%"))).items())
                .isEmpty();
        assertThat(books(spec(Condition.of("title", Lookup.CONTAINS, "_"))).items())
                .isEmpty();
        assertThat(books(spec(Condition.of("title", Lookup.EXACT, "x' or '1'='1")))
                        .items())
                .isEmpty();
        assertThat(books(spec(Condition.of("title", Lookup.ICONTAINS, "'; drop table Book; --")))
                        .items())
                .isEmpty();
        assertThat(books(ReadSpec.builder().count(true).build()).count()).hasValue(BOOKS + 2);
    }

    @Test
    void conditionsCombineWithAndAndOr() {
        Condition either = Condition.or(List.of(
                Condition.of("title", Lookup.EXACT, "Book 001"), Condition.of("title", Lookup.EXACT, "Book 002")));
        assertThat(titles(books(spec(either)))).containsExactly("Book 001", "Book 002");
        Condition both = Condition.and(List.of(either, Condition.of("tags.name", Lookup.EXACT, "red")));
        assertThat(titles(books(spec(both)))).containsExactly("Book 002");
    }

    @Test
    void aSearchAcrossTheRootAndItsRelationsFindsTheSameRowsInTheSameOrder() {
        dev.kunai.data.filter.Searching titleOrTag = dev.kunai.data.filter.Searching.fields("title", "tags.name");
        ReadSpec searched = ReadSpec.builder()
                .where(titleOrTag.condition(java.util.Optional.of("50% book")).orElseThrow())
                .orderBy(List.of(Order.desc("title")))
                .limit(5)
                .count(true)
                .build();
        db.statistics().clear();
        Slice<BookSchema> page = books(searched);
        // "50%" matches the tag 50%_off (every tenth book), "book" every "Book …" title: both must match
        assertThat(titles(page)).containsExactly("Book 110", "Book 100", "Book 090", "Book 080", "Book 070");
        assertThat(page.count()).hasValue(BOOKS / 10);
        assertThat(page.more()).isTrue();
        assertThat(db.statistics().getPrepareStatementCount()).isEqualTo(3); // count, page, tags
        Slice<BookSchema> next = books(ReadSpec.builder()
                .where(searched.where().orElseThrow())
                .orderBy(searched.orders())
                .limit(5)
                .after(page.lastKey().orElseThrow())
                .build());
        assertThat(titles(next)).containsExactly("Book 060", "Book 050", "Book 040", "Book 030", "Book 020");
        // a term found in a title only, in a tag only, in neither
        assertThat(titles(books(
                        spec(titleOrTag.condition(java.util.Optional.of("dune")).orElseThrow()))))
                .containsExactly("The Dune Saga", "Dune Messiah");
        assertThat(books(ReadSpec.builder()
                                .where(titleOrTag
                                        .condition(java.util.Optional.of("BLUE"))
                                        .orElseThrow())
                                .count(true)
                                .build())
                        .count())
                .hasValue(BOOKS / 2);
        assertThat(books(spec(titleOrTag
                                .condition(java.util.Optional.of("dune red"))
                                .orElseThrow()))
                        .items())
                .isEmpty();
        // across a to-one relation: "020" is only in the title of review 20's book; "110" in both (one row)
        dev.kunai.data.filter.Searching textOrBook = dev.kunai.data.filter.Searching.fields("text", "book.title");
        for (String term : List.of("020", "110")) {
            Slice<ReviewSchema> reviews = db.read(s -> s.list(
                    Review.class,
                    ReviewSchema.class,
                    ReadSpec.builder()
                            .where(textOrBook
                                    .condition(java.util.Optional.of(term))
                                    .orElseThrow())
                            .count(true)
                            .build()));
            assertThat(reviews.items())
                    .extracting(ReviewSchema::text)
                    .containsExactly("review of " + Integer.parseInt(term));
            assertThat(reviews.count()).hasValue(1);
        }
    }

    @Test
    void aSearchPageAcrossARelationIsThePlainPageWhetherItsBranchesAreReadWholeOrWalked() {
        var metamodel = db.sessionFactory()
                .unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                .getMappingMetamodel();
        ReadPlan books = ReadPlan.build(metamodel, dev.kunai.data.schema.SchemaModel.of(BookSchema.class));
        ReadPlan reviews = ReadPlan.build(metamodel, dev.kunai.data.schema.SchemaModel.of(ReviewSchema.class));
        dev.kunai.data.filter.Searching titleOrTag = dev.kunai.data.filter.Searching.fields("title", "tags.name");
        Condition red = Condition.of("tags.name", Lookup.EXACT, "red");
        List<Order> byTitle = List.of(Order.desc("title"));
        int checked = 0;
        // terms in almost every title, in the tag of half the books, in two titles only, only in a tag, nowhere,
        // and two terms; pages: a deep offset, a non-id order, cursor pages both ways, and a filter besides
        for (String term : List.of("book", "red", "dune", "50%", "nothing", "book 50%")) {
            Condition search = titleOrTag.condition(java.util.Optional.of(term)).orElseThrow();
            for (ReadSpec spec : List.of(
                    ReadSpec.builder().where(search).limit(5).build(),
                    ReadSpec.builder().where(search).offset(50).limit(7).build(),
                    ReadSpec.builder()
                            .where(search)
                            .orderBy(byTitle)
                            .offset(3)
                            .limit(4)
                            .build(),
                    ReadSpec.builder()
                            .where(search)
                            .orderBy(byTitle)
                            .limit(3)
                            .after(List.of("Book 070", 0L))
                            .build(),
                    ReadSpec.builder()
                            .where(search)
                            .orderBy(byTitle)
                            .limit(3)
                            .before(List.of("Book 070", 0L))
                            .build(),
                    ReadSpec.builder()
                            .where(search)
                            .limit(6)
                            .after(List.of(40L))
                            .build(),
                    ReadSpec.builder()
                            .where(Condition.and(List.of(red, search)))
                            .orderBy(byTitle)
                            .limit(4)
                            .build())) {
                checked += samePages(books, spec);
            }
        }
        // ties: every review has 0 stars, so the id orders them
        Condition reviewed = dev.kunai.data.filter.Searching.fields("text", "book.title")
                .condition(java.util.Optional.of("review"))
                .orElseThrow();
        ReadSpec.Builder byStars = ReadSpec.builder()
                .where(reviewed)
                .orderBy(List.of(Order.desc("stars")))
                .limit(3);
        checked += samePages(reviews, byStars.offset(2).build());
        checked += samePages(reviews, byStars.offset(0).after(List.of(0, 5L)).build());
        assertThat(checked).as("pages that were not empty, of 44").isEqualTo(31);
    }

    /**
     * Asserts that {@code spec}'s page as a {@link UnionPage} (every branch walked, then every branch read whole)
     * holds the ids of the unwindowed statement's rows from the offset on, in its order; returns 1 when the page
     * is not empty.
     */
    private int samePages(ReadPlan plan, ReadSpec spec) {
        ConditionWriter.Dialect dialect = postgres() ? ConditionWriter.Dialect.POSTGRESQL : ConditionWriter.Dialect.H2;
        List<ReadPlan.Column> keys = SqlRenderer.orderColumns(plan, spec);
        ReadSpec.Builder whole = ReadSpec.builder().where(spec.where()).orderBy(spec.orders());
        spec.keyset().ifPresent(k -> {
            if (k.backward()) {
                whole.before(k.values());
            } else {
                whole.after(k.values());
            }
        });
        List<Long> all = ids(SqlRenderer.page(plan, whole.build(), dialect));
        int from = (int) Math.min(spec.offset(), all.size());
        List<Long> expected = all.subList(from, Math.min(all.size(), from + spec.limit() + 1));
        for (long small : new long[] {0, 1000}) {
            SqlRenderer.Rendered page =
                    UnionPage.render(plan, spec, keys, dialect, small).orElseThrow();
            assertThat(ids(page)).as(page.sql()).containsExactlyElementsOf(expected);
        }
        assertThat(SqlRenderer.page(plan, spec, dialect).sql())
                .isEqualTo(UnionPage.render(plan, spec, keys, dialect)
                        .orElseThrow()
                        .sql());
        return expected.isEmpty() ? 0 : 1;
    }

    private List<Long> ids(SqlRenderer.Rendered statement) {
        return db.read(s -> s.hibernate().doReturningWork(connection -> {
            try (var prepared = connection.prepareStatement(statement.sql())) {
                for (int i = 0; i < statement.params().size(); i++) {
                    prepared.setObject(i + 1, statement.params().get(i));
                }
                List<Long> ids = new java.util.ArrayList<>();
                try (var rows = prepared.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        }));
    }

    @Test
    void regexAndFullTextSearch() {
        assertThat(titles(books(spec(Condition.of("title", Lookup.IREGEX, "^dune")))))
                .containsExactly("Dune Messiah");
        assertThat(titles(books(spec(Condition.of("title", Lookup.SEARCH, "dune saga")))))
                .containsExactly("The Dune Saga");
    }

    @Test
    void caseSensitiveStartsWithAndStrictComparisons() {
        assertThat(titles(books(spec(Condition.of("title", Lookup.STARTSWITH, "Dune")))))
                .containsExactly("Dune Messiah");
        assertThat(titles(books(spec(Condition.of("title", Lookup.STARTSWITH, "dune")))))
                .isEmpty();
        assertThat(titles(books(spec(Condition.and(List.of(
                        Condition.of("title", Lookup.GT, "Book 116"), Condition.of("title", Lookup.LT, "Book 119")))))))
                .containsExactly("Book 117", "Book 118");
        assertThat(titles(books(spec(Condition.of("title", Lookup.LTE, "Book 001")))))
                .containsExactly("Book 000", "Book 001");
        assertThat(titles(books(spec(Condition.of("tags.name", Lookup.STARTSWITH, "50%")))))
                .hasSize(BOOKS / 10);
    }

    @Test
    void searchPrefixesForFullTextAndRegularExpressions() {
        assertThat(titles(books(ReadSpec.builder()
                        .where(dev.kunai.data.filter.Searching.fields("@title")
                                .condition(java.util.Optional.of("saga")))
                        .build())))
                .containsExactly("The Dune Saga");
        assertThat(titles(books(ReadSpec.builder()
                        .where(dev.kunai.data.filter.Searching.fields("$title", "=tags.name")
                                .condition(java.util.Optional.of("^dune")))
                        .build())))
                .containsExactly("Dune Messiah");
        assertThat(titles(books(ReadSpec.builder()
                        .where(dev.kunai.data.filter.Searching.fields("$title")
                                .condition(java.util.Optional.of("messiah$ ^DUNE")))
                        .build())))
                .containsExactly("Dune Messiah");
    }

    @Test
    void orderIsStableAndDescendingWorks() {
        Slice<BookSchema> page = books(ReadSpec.builder()
                .orderBy(List.of(Order.desc("title")))
                .limit(3)
                .build());
        assertThat(titles(page)).containsExactly("The Dune Saga", "Dune Messiah", "Book 119");
        assertThatThrownBy(() -> books(
                        ReadSpec.builder().orderBy(List.of(Order.asc("tags"))).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tags");
    }

    @Test
    void keysetPagesWalkForwardAndBackWithoutCounting() {
        ReadSpec first = ReadSpec.builder()
                .orderBy(List.of(Order.desc("title")))
                .limit(4)
                .build();
        Slice<BookSchema> one = books(first);
        assertThat(titles(one)).containsExactly("The Dune Saga", "Dune Messiah", "Book 119", "Book 118");
        db.statistics().clear();
        Slice<BookSchema> two = books(ReadSpec.builder()
                .orderBy(List.of(Order.desc("title")))
                .limit(4)
                .after(one.lastKey().orElseThrow())
                .build());
        assertThat(db.statistics().getPrepareStatementCount()).isEqualTo(2);
        assertThat(titles(two)).containsExactly("Book 117", "Book 116", "Book 115", "Book 114");
        assertThat(two.more()).isTrue();
        Slice<BookSchema> back = books(ReadSpec.builder()
                .orderBy(List.of(Order.desc("title")))
                .limit(4)
                .before(two.firstKey().orElseThrow())
                .build());
        assertThat(titles(back)).isEqualTo(titles(one));
        assertThat(back.more()).isFalse();
    }

    @Test
    void unknownFieldsAreRejectedBeforeAnySql() {
        assertThatThrownBy(() -> books(spec(Condition.of("nope", Lookup.EXACT, "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> books(spec(Condition.of("tags.nope", Lookup.EXACT, "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void schemasThePlannerCannotTakeReadTheSameSpecThroughHql() {
        assertThat(SchemaReader.of(NoteSchema.class).listsWithPlannedSql(db.sessionFactory()))
                .isFalse();
        ReadSpec spec = ReadSpec.builder()
                .where(Condition.or(List.of(
                        Condition.of("level", Lookup.EXACT, Note.Level.HIGH),
                        Condition.of("text", Lookup.ICONTAINS, "E 1"))))
                .orderBy(List.of(Order.desc("text")))
                .limit(2)
                .count(true)
                .build();
        Slice<NoteSchema> page = db.read(s -> s.list(Note.class, NoteSchema.class, spec));
        assertThat(page.items()).extracting(NoteSchema::text).containsExactly("note 9", "note 6");
        assertThat(page.count()).hasValue(5); // 0, 3, 6, 9 are HIGH; 1 contains "e 1"
        assertThat(page.more()).isTrue();
        Slice<NoteSchema> next = db.read(s -> s.list(
                Note.class,
                NoteSchema.class,
                ReadSpec.builder()
                        .where(spec.where().orElseThrow())
                        .orderBy(spec.orders())
                        .limit(2)
                        .after(page.lastKey().orElseThrow())
                        .build()));
        assertThat(next.items()).extracting(NoteSchema::text).containsExactly("note 3", "note 1");
        assertThat(next.more()).isTrue();
    }

    private static ReadSpec spec(Condition condition) {
        return ReadSpec.builder().where(condition).build();
    }
}
