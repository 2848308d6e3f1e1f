package dev.kunai.data.model;

import dev.kunai.data.ModelSchema;
import dev.kunai.schema.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** The test schemas: responses ({@code @ModelSchema}) and payloads of the model controllers. */
final class Schemas {
    private Schemas() {}

    /** An author as the API shows it. */
    @ModelSchema(Author.class)
    public record AuthorSchema(Long id, String name, String email, String bio) {}

    /** The payload of an author: the email may be left out of a PUT, but the column needs one. */
    public record AuthorIn(
            @Size(min = 1, max = 100) String name,
            Optional<@Email @Size(max = 200) String> email,
            @Nullable @Size(max = 500) String bio) {}

    /** A tag as the API shows it. */
    @ModelSchema(Tag.class)
    public record TagSchema(Long id, String name) {}

    /** The payload of a tag. */
    public record TagIn(@Size(min = 1, max = 50) String name) {}

    /** A book with its author and tags. */
    @ModelSchema(Book.class)
    public record BookSchema(Long id, String title, AuthorSchema author, List<TagSchema> tags) {}

    /** The payload of a book: the author's id and the tags' ids. */
    public record BookIn(@Size(min = 1, max = 200) String title, Long author, List<Long> tags) {}
}
