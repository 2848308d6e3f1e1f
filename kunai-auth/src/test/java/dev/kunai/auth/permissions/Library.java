package dev.kunai.auth.permissions;

import dev.kunai.KunaiApi;
import dev.kunai.auth.authenticators.UserAuth;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.auth.users.User;
import dev.kunai.auth.users.Users;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.param.Body;
import dev.kunai.permissions.ComposedPermission;
import dev.kunai.permissions.IsAuthenticated;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.permissions.Permission;
import dev.kunai.permissions.Permissions;
import dev.kunai.permissions.PermissionsFeature;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Delete;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.route.Put;
import dev.kunai.security.Authenticated;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small books API guarded by kunai-auth's database-backed permissions: model permissions held through groups,
 * owners-only objects, and staff-or-owner deletion (a composition with an injected part).
 */
final class Library {

    private Library() {}

    /** A book someone owns. */
    public record Book(long id, String title, String owner) {}

    /** The payload of a new or changed book. */
    public record BookIn(String title) {}

    /** The books, in memory; the users and their permissions are in the database. */
    public static final class Shelf {
        private final Map<Long, Book> books = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        Book add(String title, String owner) {
            Book book = new Book(ids.incrementAndGet(), title, owner);
            books.put(book.id(), book);
            return book;
        }

        Optional<Book> find(long id) {
            return Optional.ofNullable(books.get(id));
        }

        void put(Book book) {
            books.put(book.id(), book);
        }

        void remove(long id) {
            books.remove(id);
        }

        List<Book> all() {
            return books.values().stream()
                    .sorted(Comparator.comparing(Book::id))
                    .toList();
        }
    }

    /** {@code books.view_book}. */
    public static final class CanViewBook extends HasModelPermission {
        CanViewBook() {
            super("books.view_book");
        }
    }

    /** {@code books.add_book}. */
    public static final class CanAddBook extends HasModelPermission {
        CanAddBook() {
            super("books.add_book");
        }
    }

    // tag::model-permission[]
    /** {@code books.change_book}, held by the user or one of their groups (superusers hold all). */
    public static final class CanChangeBook extends HasModelPermission {
        CanChangeBook() {
            super("books.change_book");
        }
    }
    // end::model-permission[]

    /** Only a book's owner may act on it. */
    public static final class IsOwner implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            return true;
        }

        @Override
        public boolean hasObjectPermission(RequestContext context, Object object) {
            return object instanceof Book book
                    && CurrentUser.of(context)
                            .map(user -> user.username().equals(book.owner()))
                            .orElse(false);
        }

        @Override
        public String message() {
            return "Only the book's owner may do this.";
        }
    }

    /** Ninja Extra's {@code IsAdminUser | IsOwner}, its parts injected. */
    public static final class IsStaffOrOwner extends ComposedPermission {
        @Inject
        IsStaffOrOwner(IsAdminUser staff, IsOwner owner) {
            super(staff.or(owner));
        }
    }

    @Controller("books")
    public static class BookController {
        private final Shelf shelf;

        @Inject
        BookController(Shelf shelf) {
            this.shelf = shelf;
        }

        @Get("")
        @Permissions(CanViewBook.class)
        public List<Book> list() {
            return shelf.all();
        }

        @Post(value = "", status = 201)
        @Permissions(CanAddBook.class)
        public Book create(@Body BookIn book, @Authenticated User user) {
            return shelf.add(book.title(), user.username());
        }

        @Get("{id}")
        @Permissions(IsOwner.class)
        public Book get(long id, ObjectPermissions permissions) {
            return permissions.getOr404(shelf.find(id));
        }

        // tag::model-permission-use[]
        @Put("{id}")
        @Permissions({CanChangeBook.class, IsOwner.class})
        public Book change(long id, @Body BookIn book, ObjectPermissions permissions) {
            Book changed = new Book(
                    id, book.title(), permissions.getOr404(shelf.find(id)).owner());
            shelf.put(changed);
            return changed;
        }
        // end::model-permission-use[]

        @Delete(value = "{id}", status = 204)
        @Permissions(IsStaffOrOwner.class)
        public void delete(long id, ObjectPermissions permissions) {
            shelf.remove(permissions.getOr404(shelf.find(id)).id());
        }

        @Get("mine")
        @Permissions(IsAuthenticated.class)
        public Map<String, Object> mine(@Authenticated User user) {
            return Map.of(
                    "username",
                    user.username(),
                    "count",
                    shelf.all().stream()
                            .filter(b -> b.owner().equals(user.username()))
                            .count());
        }
    }

    /** The pipeline: Basic auth against {@code users}, everything else needs authentication by default. */
    static Dispatcher dispatcher(Users users) {
        return Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(BookController.class)
                        .auth(UserAuth.basic(users))
                        .build())
                .container(
                        GuiceContainer.builder().bind(Shelf.class, new Shelf()).build())
                .feature(PermissionsFeature.defaults(IsAuthenticated.class))
                .build();
    }
}
