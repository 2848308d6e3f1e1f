package dev.kunai.examples.books;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kunai.pagination.CursorQuery;
import dev.kunai.schema.Default;
import dev.kunai.schema.Description;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * The page input of {@code GET /books/cursor}: {@link CursorQuery}'s {@code cursor} and {@code page_size}, with the
 * operation's default (20) and maximum (100) on {@code page_size} so that the OpenAPI document shows them, as it
 * does for the parameters a {@code @Paginate} paginator adds. Must agree with {@link BookListController#CURSORS}.
 *
 * @param cursor   the opaque cursor of a {@code next} or {@code previous} link (the first page when absent)
 * @param pageSize the books per page, 1 to 100
 */
public record BookCursorQuery(
        @Description("Opaque cursor from a previous response's next or previous")
        Optional<String> cursor,

        @JsonProperty("page_size") @Description("Items per page") @Default("20") @Min(1) @Max(100)
        int pageSize) {

    /** The same input as the paginator takes it. */
    CursorQuery page() {
        return new CursorQuery(cursor, Optional.of(pageSize));
    }
}
