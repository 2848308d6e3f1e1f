package dev.kunai.pagination;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kunai.schema.Description;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * The query parameters of {@link CursorPagination}: {@code ?cursor=…&page_size=20} (Ninja's
 * {@code CursorPagination.Input}). Declare it as {@code @Query CursorQuery page}.
 *
 * @param cursor   the opaque cursor of a {@code next} or {@code previous} link (the first page when absent)
 * @param pageSize the items per page (the paginator's default when absent, at most its maximum)
 */
public record CursorQuery(
        @Description("Opaque cursor from a previous response's next or previous")
        Optional<String> cursor,

        @JsonProperty("page_size") @Description("Items per page")
        Optional<@Min(1) Integer> pageSize) {}
