package dev.kunai.examples.books;

import dev.kunai.data.filter.FilterSchema;
import dev.kunai.data.filter.Q;
import dev.kunai.schema.Description;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** The filters of {@code GET /api/books/page}: a title fragment and tag names (any of them). */
public record BookFilter(
        @Q("title__icontains") @Description("Part of the title (case-insensitive)")
        Optional<@Size(max = 255) String> title,

        @Q("tags__name__in") @Description("Books with any of these tags") @Size(max = 50)
        List<@Size(max = 255) String> tag)
        implements FilterSchema {}
