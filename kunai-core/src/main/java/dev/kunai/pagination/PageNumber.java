package dev.kunai.pagination;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kunai.schema.Description;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * The query parameters of {@link PageNumberPagination}: {@code ?page=2&page_size=20} (Ninja's
 * {@code PageNumberPagination.Input}). Declare it as {@code @Query PageNumber page}.
 *
 * @param page     the page, from 1 (1 when absent)
 * @param pageSize the items per page (the paginator's default when absent, at most its maximum)
 */
public record PageNumber(
        @Description("Page number, from 1") Optional<@Min(1) Integer> page,

        @JsonProperty("page_size") @Description("Items per page")
        Optional<@Min(1) Integer> pageSize) {}
