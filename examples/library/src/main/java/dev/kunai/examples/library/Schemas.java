package dev.kunai.examples.library;

import dev.kunai.auth.users.User;
import dev.kunai.data.ModelSchema;
import dev.kunai.data.filter.FilterSchema;
import dev.kunai.data.filter.Q;
import dev.kunai.schema.Default;
import dev.kunai.schema.Description;
import dev.kunai.schema.Nullable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Library's schemas: what the API shows ({@code @ModelSchema}) and what it accepts. */
public final class Schemas {
    private Schemas() {}

    /** An author as the API shows it. */
    @ModelSchema(Author.class)
    public record AuthorSchema(Long id, String name, String bio) {}

    /** The payload of an author. */
    public record AuthorIn(
            @Size(min = 1, max = 200) String name,

            @Nullable @Description("A short biography") @Size(max = 1000)
            String bio) {}

    /** A tag as the API shows it. */
    @ModelSchema(Tag.class)
    public record TagSchema(Long id, String name) {}

    /** The payload of a tag: a lower-case name, used in URLs. */
    public record TagIn(
            @Size(min = 1, max = 50) @Pattern(regexp = "[a-z0-9-]+")
            String name) {}

    // tag::book-schemas[]
    /** A book with its author and tags. */
    @ModelSchema(Book.class)
    public record BookSchema(
            Long id, String title, String isbn, Integer published, AuthorSchema author, List<TagSchema> tags) {}

    /** The payload of a book: its author's id and its tags' ids. */
    public record BookIn(
            @Size(min = 1, max = 300) String title,

            @Description("ISBN-13, digits only") @Pattern(regexp = "\\d{13}")
            String isbn,

            @Nullable @Description("Year of first publication")
            Integer published,

            @Description("The author's id") Long author,
            @Description("The tags' ids") @Default("[]") List<Long> tags) {}
    // end::book-schemas[]

    /** The filters of {@code GET /api/books/}. */
    public record BookFilter(
            @Q("title__icontains") @Description("Part of the title (case-insensitive)")
            Optional<@Size(max = 300) String> title,

            @Q("author__id") @Description("The author's id") Optional<Long> author,

            @Q("tags__name__in") @Description("Books with any of these tags") @Size(max = 20)
            List<@Size(max = 50) String> tag,

            @Q("published__gte") @Description("Published in or after this year")
            Optional<Integer> since)
            implements FilterSchema {}

    /** The book of a loan, in short. */
    @ModelSchema(Book.class)
    public record LoanBookSchema(Long id, String title) {}

    /** The user a loan belongs to, in short. */
    @ModelSchema(User.class)
    public record OwnerSchema(Long id, String username) {}

    /** A loan as the API shows it. */
    @ModelSchema(Loan.class)
    public record LoanSchema(
            Long id, LoanBookSchema book, OwnerSchema owner, String borrower, LocalDate due, Boolean returned) {}

    /** The payload of a loan. */
    public record LoanIn(
            @Description("The book's id") Long book,
            @Size(min = 1, max = 100) String borrower,

            @Description("The day the book is due back (today or later)")
            LocalDate due,

            @Default("false") Boolean returned) {}
}
