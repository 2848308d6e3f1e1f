package dev.kunai.pagination;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pages an operation's result (Django Ninja's {@code @paginate} decorator): the handler returns a
 * {@link Source Source&lt;T&gt;} — usually kunai-data's {@code db.source(Entity.class, Schema.class, spec)} —
 * and the paginator's query parameters ({@code limit}/{@code offset}, {@code page}/{@code page_size} or
 * {@code cursor}) are added to the operation, bound, validated and documented; the response is the paginator's
 * envelope ({@code Page<T>} by default). Needs {@link PaginationFeature} on the application.
 *
 * <pre>{@code
 * @Paginate                                  // the application's default paginator
 * @Get("books")
 * public Source<BookSchema> books() {
 *     return db.source(Book.class, BookSchema.class, ReadSpec.all());
 * }
 *
 * @Paginate(PageNumberPagination.class)      // a paginator registered with the feature
 * @Get("authors")
 * public Source<AuthorSchema> authors() { ... }
 * }</pre>
 *
 * <p>A handler may also return a {@code List<T>}, paged in memory (Ninja pages lists the same way); use a
 * {@code Source} for database rows so that only the page is read. An operation returning a {@code Source} is
 * paged with the default paginator even without this annotation.
 *
 * <p>An operation marked {@code @Paginate} whose result is neither a {@code Source} nor a {@code List}, or that names a paginator
 * class the feature does not have, fails start-up with a {@link dev.kunai.KunaiConfigurationException}
 * naming the operation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Paginate {

    /**
     * The class of the paginator to use, among those registered with {@link PaginationFeature}; the default
     * ({@code Paginator.class}) means the feature's default paginator (Ninja's
     * {@code NINJA_PAGINATION_CLASS}).
     */
    @SuppressWarnings("rawtypes")
    Class<? extends Paginator> value() default Paginator.class;
}
