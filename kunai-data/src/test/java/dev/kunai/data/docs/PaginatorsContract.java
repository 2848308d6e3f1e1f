package dev.kunai.data.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.Tag;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.data.filter.Connector;
import dev.kunai.data.filter.Custom;
import dev.kunai.data.filter.FilterSchema;
import dev.kunai.data.filter.Filters;
import dev.kunai.data.filter.Ordering;
import dev.kunai.data.filter.Q;
import dev.kunai.data.filter.Searching;
import dev.kunai.data.read.Condition;
import dev.kunai.data.read.Lookup;
import dev.kunai.data.read.ReadSpec;
import dev.kunai.pagination.LimitOffset;
import dev.kunai.pagination.LimitOffsetPagination;
import dev.kunai.pagination.Page;
import dev.kunai.pagination.PageNumber;
import dev.kunai.pagination.PageNumberPagination;
import dev.kunai.pagination.Paged;
import dev.kunai.pagination.Paginator;
import dev.kunai.pagination.Window;
import dev.kunai.validation.RequestValidationException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The runnable examples of docs/pagination.md, docs/filtering.md, docs/searching.md and docs/ordering.md,
 * on each database: paginators over {@code Session.source}, a custom DRF-style paginator, FilterSchema
 * records, search prefixes and ordering whitelists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PaginatorsContract {

    protected Db db;

    /** The database under test. */
    protected abstract Database database();

    /** Frees whatever {@link #database()} created. */
    protected void release() {}

    @BeforeAll
    void start() {
        db = Db.open(database().entities(Book.class, Tag.class).schemaFromModels());
        db.inTransaction(s -> {
            Tag classic = s.persist(new Tag("classic"));
            for (String title :
                    List.of("Dune", "Emma", "Dracula", "Ulysses", "Beloved", "Middlemarch", "Dune Messiah")) {
                Book book = s.persist(new Book(title));
                if (!title.startsWith("Dune")) {
                    book.tags().add(classic);
                }
            }
        });
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
        release();
    }

    // docs/pagination.md: page numbers
    @Test
    void pageNumberPagination() {
        PageNumberPagination pages = PageNumberPagination.of(3, 50);
        Page<BookSchema> second = db.read(s -> pages.page(
                new PageNumber(Optional.of(2), Optional.empty()),
                s.source(Book.class, BookSchema.class, ReadSpec.all())));
        assertThat(second.items()).extracting(BookSchema::title).containsExactly("Ulysses", "Beloved", "Middlemarch");
        assertThat(second.count()).contains(7L);
        assertThatThrownBy(() -> pages.window(new PageNumber(Optional.of(1), Optional.of(51))))
                .isInstanceOf(RequestValidationException.class);
    }

    // docs/pagination.md: skipping the count on huge tables
    @Test
    void limitOffsetWithoutCount() {
        LimitOffsetPagination pages = LimitOffsetPagination.defaults().withoutCount();
        Page<BookSchema> page = db.read(s -> pages.page(
                new LimitOffset(Optional.of(2), Optional.of(5L)),
                s.source(Book.class, BookSchema.class, ReadSpec.all())));
        assertThat(page.items()).extracting(BookSchema::title).containsExactly("Middlemarch", "Dune Messiah");
        assertThat(page.count()).isEmpty();
    }

    /** docs/pagination.md: a custom envelope, DRF's (Ninja Extra's PageNumberPaginationExtra). */
    public record DrfPage<T>(long count, Optional<Integer> next, Optional<Integer> previous, List<T> results) {}

    /** docs/pagination.md: the paginator behind {@link DrfPage}. */
    public static final class DrfPagination implements Paginator<PageNumber, DrfPage<?>> {
        private final PageNumberPagination pages = PageNumberPagination.of(2, 100);

        @Override
        public Class<PageNumber> inputType() {
            return PageNumber.class;
        }

        @Override
        public Type envelopeType(Type item) {
            return Paginator.parameterized(DrfPage.class, item);
        }

        @Override
        public Window window(PageNumber input) {
            return pages.window(input);
        }

        @Override
        public DrfPage<?> envelope(PageNumber input, Window window, Paged<?> page) {
            int number = input.page().orElse(1);
            return new DrfPage<>(
                    page.count().orElseThrow(),
                    page.more() ? Optional.of(number + 1) : Optional.empty(),
                    number > 1 ? Optional.of(number - 1) : Optional.empty(),
                    page.items());
        }
    }

    @Test
    void customPaginatorAndEnvelope() {
        DrfPage<?> last = db.read(s -> new DrfPagination()
                .paginate(
                        new PageNumber(Optional.of(4), Optional.empty()),
                        s.source(Book.class, BookSchema.class, ReadSpec.all())));
        assertThat(last.count()).isEqualTo(7);
        assertThat(last.next()).isEmpty();
        assertThat(last.previous()).contains(3);
        assertThat(last.results()).hasSize(1);
    }

    /** docs/filtering.md: a FilterSchema record. */
    public record BookFilter(
            @Q({"title__istartswith", "title__icontains"}) Optional<String> title,
            @Q("tags__name__in") List<String> tag,
            @Custom Optional<String> initial)
            implements FilterSchema {
        @Override
        public List<Condition> custom() {
            return initial.map(i -> List.of(Condition.or(List.of(
                            Condition.of("title", Lookup.ISTARTSWITH, i),
                            Condition.of("tags.name", Lookup.ISTARTSWITH, i)))))
                    .orElse(List.of());
        }
    }

    /** docs/filtering.md: an absent value that is not ignored means "is null". */
    public record NullFilter(
            @Q(value = "title", ignoreNone = false) Optional<String> title) implements FilterSchema {}

    /** docs/filtering.md: components joined by OR instead of AND. */
    public record EitherFilter(
            Optional<String> title, @Q("tags__name") Optional<String> tag) implements FilterSchema {
        @Override
        public Connector connector() {
            return Connector.OR;
        }
    }

    private List<String> titles(ReadSpec spec) {
        return db.read(s -> s.list(Book.class, BookSchema.class, spec)).items().stream()
                .map(BookSchema::title)
                .toList();
    }

    @Test
    void filterSchemas() {
        BookFilter dune = new BookFilter(Optional.of("dune"), List.of(), Optional.empty());
        assertThat(titles(ReadSpec.builder().where(Filters.condition(dune)).build()))
                .containsExactly("Dune", "Dune Messiah");
        BookFilter classicD = new BookFilter(Optional.empty(), List.of("classic", "nope"), Optional.of("d"));
        assertThat(titles(ReadSpec.builder().where(Filters.condition(classicD)).build()))
                .containsExactly("Dracula");
        BookFilter initialC = new BookFilter(Optional.empty(), List.of(), Optional.of("c"));
        assertThat(titles(ReadSpec.builder().where(Filters.condition(initialC)).build()))
                .containsExactly("Emma", "Dracula", "Ulysses", "Beloved", "Middlemarch");
        assertThat(titles(ReadSpec.builder()
                        .where(Filters.condition(new NullFilter(Optional.empty())))
                        .build()))
                .isEmpty();
        assertThat(titles(ReadSpec.builder()
                        .where(Filters.condition(new NullFilter(Optional.of("Emma"))))
                        .build()))
                .containsExactly("Emma");
        EitherFilter either = new EitherFilter(Optional.of("Emma"), Optional.of("nope"));
        assertThat(titles(ReadSpec.builder().where(Filters.condition(either)).build()))
                .containsExactly("Emma");
        assertThat(Filters.condition(new EitherFilter(Optional.empty(), Optional.empty())))
                .isEmpty();
        assertThatThrownBy(() -> Filters.of(BadFilter.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs String values");
    }

    /** A text lookup on a number: rejected when the record is first used (start-up), not per request. */
    public record BadFilter(@Q("id__icontains") Optional<Long> id) implements FilterSchema {}

    @Test
    void searchingAndOrdering() {
        Searching search = Searching.fields("^title", "=tags.name");
        Ordering ordering = Ordering.fields("title", "id").byDefault("-title");
        ReadSpec spec = ReadSpec.builder()
                .where(search.condition(Optional.of("d classic")))
                .orderBy(ordering.orders(Optional.empty()))
                .build();
        assertThat(titles(spec)).containsExactly("Dracula");
        assertThat(titles(ReadSpec.builder()
                        .where(search.condition(Optional.of("du")))
                        .orderBy(ordering.orders(Optional.of("-id")))
                        .build()))
                .containsExactly("Dune Messiah", "Dune");
        assertThatThrownBy(() -> ordering.orders(Optional.of("price"))).isInstanceOf(RequestValidationException.class);
        assertThatThrownBy(() -> Searching.fields("$title").condition(Optional.of("(")))
                .isInstanceOf(RequestValidationException.class);
    }
}
