package dev.kunai.pipeline;

import dev.kunai.http.HttpError;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.Raw;
import dev.kunai.http.RequestContext;
import dev.kunai.http.Status;
import dev.kunai.http.UploadedFile;
import dev.kunai.param.Body;
import dev.kunai.param.Cookie;
import dev.kunai.param.File;
import dev.kunai.param.Form;
import dev.kunai.param.Header;
import dev.kunai.param.Query;
import dev.kunai.route.Controller;
import dev.kunai.route.Delete;
import dev.kunai.route.Get;
import dev.kunai.route.Patch;
import dev.kunai.route.Post;
import dev.kunai.route.Put;
import dev.kunai.route.Route;
import dev.kunai.schema.Default;
import dev.kunai.schema.Description;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A fixture controller exercising every binding source and result kind. */
@Controller(value = "shop", tags = "Shop")
public class ShopController {

    /** The kinds of items. */
    public enum Kind {
        BOOK,
        PEN
    }

    /** A create payload with constraints and a nested record. */
    public record ItemIn(
            @Description("Item name") @NotNull @Size(max = 10)
            String name,

            @Min(0) int price,
            @Default("[]") List<String> tags,
            Optional<Dimensions> size) {}

    /** Nested record with its own constraints. */
    public record Dimensions(@Min(1) int width, @Min(1) int height) {}

    /** An item as returned. */
    public record ItemOut(long id, String name, int price, List<String> tags) {}

    /** Query parameters grouped in a record. */
    public record Paging(
            @Default("1") @Min(1) int page,
            @Default("10") @Max(100) int size) {}

    /** A form-bound record. */
    public record Login(String username, String password) {}

    private final Greeter greeter;

    /** Injected through Guice. */
    @Inject
    public ShopController(Greeter greeter) {
        this.greeter = greeter;
    }

    /** A dependency with a JIT binding. */
    public static class Greeter {
        String greet(String name) {
            return "Hello, " + name;
        }
    }

    @Get("hello")
    public Map<String, String> hello(Optional<String> name) {
        return Map.of("message", greeter.greet(name.orElse("world")));
    }

    @Get("items/{id}")
    public ItemOut item(long id) {
        if (id == 404) {
            throw HttpError.notFound("No item " + id);
        }
        return new ItemOut(id, "item" + id, 1, List.of());
    }

    @Get("uuid/{id}")
    public Map<String, Object> uuid(UUID id, Kind kind, LocalDate day) {
        return Map.of("id", id, "kind", kind, "day", day);
    }

    @Get("files/{rest:path}")
    public Map<String, String> rest(String rest) {
        return Map.of("rest", rest);
    }

    @Get("search")
    public Map<String, Object> search(
            List<Integer> ids,
            @Query("q") Optional<String> text,
            @Default("5") @Max(10) int limit,
            @Query Paging paging) {
        return Map.of("ids", ids, "q", text.orElse(""), "limit", limit, "page", paging.page(), "size", paging.size());
    }

    @Post(value = "items", status = 201)
    public ItemOut create(@Body(description = "Item payload") ItemIn payload) {
        return new ItemOut(7, payload.name(), payload.price(), payload.tags());
    }

    @Put("items/{id}")
    public ItemOut replace(long id, ItemIn payload) {
        return new ItemOut(id, payload.name(), payload.price(), payload.tags());
    }

    @Patch("items/{id}")
    public Map<String, Object> patch(long id, Map<String, Object> changes) {
        return Map.of("id", id, "changes", changes);
    }

    @Delete("items/{id}")
    public void delete(long id) {}

    @Get("headers")
    public Map<String, Object> headers(
            @Header String x_token, @Cookie Optional<String> session, RequestContext context) {
        context.addHeader("X-Seen", x_token).setCookie("visited", "yes");
        return Map.of("token", x_token, "session", session.orElse("none"));
    }

    @Post("login")
    public Map<String, String> login(@Form Login login) {
        return Map.of("user", login.username());
    }

    @Post("upload")
    public Map<String, Object> upload(@Form String title, @File UploadedFile file) {
        return Map.of("title", title, "file", file.fileName(), "size", file.size(), "text", file.text());
    }

    @Get("status")
    public Status<Map<String, String>> status(boolean created) {
        return Status.of(created ? 201 : 202, Map.of("ok", "yes"));
    }

    @Get("async")
    public CompletionStage<ItemOut> async() {
        return CompletableFuture.supplyAsync(() -> new ItemOut(1, "async", 2, List.of()));
    }

    @Get("async-fail")
    public CompletableFuture<ItemOut> asyncFail() {
        return CompletableFuture.failedFuture(new HttpError(409, "Conflict later"));
    }

    @Get("maybe/{id}")
    public Optional<ItemOut> maybe(long id) {
        return id == 1 ? Optional.of(new ItemOut(1, "one", 1, List.of())) : Optional.empty();
    }

    @Get("csv")
    public Raw csv() {
        return Raw.text("a,b\n1,2\n", "text/csv");
    }

    @Get("boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }

    @Get("custom")
    public String custom() {
        throw new QuotaExceeded();
    }

    @Route(
            methods = {HttpMethod.GET, HttpMethod.POST},
            value = "both")
    public Map<String, String> both(RequestContext context) {
        return Map.of("method", context.request().method());
    }

    /** Handled by a registered exception handler. */
    public static class QuotaExceeded extends RuntimeException {}
}
