package dev.kunai.bench.micro.openapi;

import dev.kunai.param.Body;
import dev.kunai.param.Header;
import dev.kunai.param.Path;
import dev.kunai.param.Query;
import dev.kunai.route.Controller;
import dev.kunai.route.Delete;
import dev.kunai.route.Get;
import dev.kunai.route.Patch;
import dev.kunai.route.Post;
import dev.kunai.route.Put;
import dev.kunai.schema.Default;
import dev.kunai.schema.Description;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A typical CRUD controller with query, path and header parameters, constrained bodies, nested records and an
 * enum: one of the shapes the OpenAPI benchmark's 200 operations are made of. Its handlers are never invoked.
 */
@Controller(value = "inventory", tags = "Inventory")
public class InventoryController {

    /** Stock state of an item. */
    public enum Stock {
        IN_STOCK,
        LOW,
        OUT
    }

    /** An item as the API returns it. */
    public record Item(
            long id,
            @Description("Display name") String name,
            @Description("Stock keeping unit") String sku,
            BigDecimal price,
            Stock stock,
            List<String> labels,
            Instant updatedAt) {}

    /** The payload that creates or replaces an item. */
    public record ItemInput(
            @NotBlank @Size(max = 100) String name,
            @Pattern(regexp = "[A-Z]{3}-[0-9]{4}") String sku,
            @PositiveOrZero BigDecimal price,
            @Default("[]") List<String> labels) {}

    /** A partial update. */
    public record StockChange(
            Stock stock, @Description("Why it changed") String reason) {}

    /** One page of items. */
    public record ItemPage(List<Item> items, int page, int size, long total) {}

    /** Lists items, paginated and filtered. */
    @Get("/items/")
    public ItemPage listItems(
            @Query @Min(1) @Default("1") int page,
            @Query @Min(1) @Max(100) @Default("20") int size,
            @Query(description = "Name contains") @Default("\"\"") String q) {
        throw new UnsupportedOperationException();
    }

    /** One item. */
    @Get("/items/{id}")
    public Item getItem(@Path long id, @Header("X-Request-Id") @Default("\"\"") String requestId) {
        throw new UnsupportedOperationException();
    }

    /** Creates an item. */
    @Post(value = "/items/", status = 201)
    public Item createItem(@Body(description = "The new item") ItemInput item) {
        throw new UnsupportedOperationException();
    }

    /** Replaces an item. */
    @Put("/items/{id}")
    public Item replaceItem(@Path long id, @Body ItemInput item) {
        throw new UnsupportedOperationException();
    }

    /** Changes an item's stock state. */
    @Patch("/items/{id}/stock")
    public Item changeStock(@Path long id, @Body StockChange change) {
        throw new UnsupportedOperationException();
    }

    /** Deletes an item. */
    @Delete("/items/{id}")
    public void deleteItem(@Path long id) {
        throw new UnsupportedOperationException();
    }
}
