package dev.kunai.pagination;

import dev.kunai.schema.Description;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * The query parameters of {@link LimitOffsetPagination}: {@code ?limit=10&offset=20} (Ninja's
 * {@code LimitOffsetPagination.Input}). Declare it as {@code @Query LimitOffset page}.
 *
 * @param limit  the most items to return (≥ 1; the paginator's default when absent, at most its maximum)
 * @param offset the items to skip (≥ 0)
 */
public record LimitOffset(
        @Description("Most items to return") Optional<@Min(1) Integer> limit,
        @Description("Items to skip") Optional<@Min(0) Long> offset) {}
