package dev.kunai.openapi;

import dev.kunai.http.UploadedFile;
import dev.kunai.schema.Default;
import dev.kunai.schema.Description;
import dev.kunai.schema.Example;
import dev.kunai.schema.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Types and handler methods of the broad fixture API the document tests describe. */
final class Fixtures {

    private Fixtures() {}

    /** A book's genre. */
    enum Genre {
        FICTION,
        SCIENCE,
        HISTORY
    }

    @Description("A tag attached to books")
    record BookTagSchema(Long id, @Description("Tag name") String name) {}

    record BookSchema(
            long id,
            @Description("Book title") String title,
            List<BookTagSchema> tags,
            Genre genre,
            Optional<String> subtitle,
            @Nullable LocalDate published,
            UUID isbn,
            OffsetDateTime createdAt,
            Map<String, Integer> ratings,
            Set<String> keywords,
            double price,
            int pages) {}

    record BookCreateSchema(
            @Description("Book title") @NotNull @Size(max = 255)
            String title,

            @Description("List of tag names") @Default("[]") List<String> tags,
            @Min(1) @Max(5) @Example("3") int stars,
            @Pattern(regexp = "^[A-Z]{3}$") @Nullable String code,
            @Size(min = 1, max = 3) List<Genre> genres,
            @Default("\"FICTION\"") Genre genre) {}

    /** A page of results: one component per instantiation. */
    record Page<T>(List<T> items, long count) {}

    record Pair<A, B>(A first, B second) {}

    /** A recursive type. */
    record Category(String name, List<Category> children, Optional<Category> parent) {}

    static final class Library {
        record Book(String shelf) {}
    }

    static final class Shop {
        record Book(BigDecimal price) {}
    }

    /** A user type that happens to have the name of Kunai's error schema. */
    record HTTPError(int code) {}

    record UploadForm(
            @Description("Title of the upload") @NotBlank String title,
            @Default("false") boolean publish) {}

    /** Handler methods whose parameters carry the annotations the operations document. */
    static final class BookController {
        public List<BookSchema> getBooks(
                @Min(1) @Max(100) int limit,
                @Size(min = 2, max = 20) String search,
                List<Genre> genres,
                @Pattern(regexp = "^[a-z]+$") String sort) {
            return List.of();
        }

        public BookSchema getBook(@Positive long id, String requestId, String session) {
            return null;
        }

        public BookSchema createBook(BookCreateSchema payload) {
            return null;
        }

        public void deleteBook(long id) {}

        public Page<BookSchema> pageBooks(int page) {
            return null;
        }

        public Page<BookTagSchema> pageTags() {
            return null;
        }

        public Pair<Library.Book, Shop.Book> books() {
            return null;
        }

        public Category categories() {
            return null;
        }

        public String upload(String title, UploadedFile file, List<UploadedFile> attachments) {
            return "";
        }

        public HTTPError legacy(UploadForm form) {
            return null;
        }

        public Map<String, BookSchema> byIsbn(Map<String, List<Integer>> filter) {
            return Map.of();
        }

        public String ping() {
            return "pong";
        }
    }
}
