package dev.kunai.data.model;

import dev.kunai.data.db.Db;
import dev.kunai.data.model.Schemas.AuthorIn;
import dev.kunai.data.model.Schemas.AuthorSchema;
import dev.kunai.data.model.Schemas.BookIn;
import dev.kunai.data.model.Schemas.BookSchema;
import dev.kunai.data.model.Schemas.TagIn;
import dev.kunai.data.model.Schemas.TagSchema;
import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.permissions.Permission;
import dev.kunai.permissions.Permissions;
import dev.kunai.route.Controller;
import jakarta.inject.Inject;

/** The model controllers under test. */
final class Controllers {
    private Controllers() {}

    /** Every route for authors; an author whose name is "Secret" is refused by the object check. */
    @Controller(value = "/authors", tags = "Authors")
    public static class AuthorController extends ModelController<Author, Long>
            implements CrudModel<Long, AuthorSchema, AuthorIn> {
        /** Created by the DI container. */
        @Inject
        public AuthorController(Db db) {
            super(new AuthorService(db));
        }
    }

    /** Refuses objects named "Secret" (403), as an object permission would. */
    public static class AuthorService extends ModelService<Author, Long> {
        /** A service over {@code db}. */
        public AuthorService(Db db) {
            super(db, Author.class);
        }

        @Override
        protected void checkObject(Author object, ModelAction action) {
            if ("Secret".equals(object.name)) {
                throw new HttpError(403, "You do not have permission to perform this action.");
            }
        }
    }

    /** An object permission (Ninja Extra's {@code has_object_permission}): authors named "Secret…" are off limits. */
    public static class NoSecretAuthors implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            return true;
        }

        @Override
        public boolean hasObjectPermission(RequestContext context, Object object) {
            return !(object instanceof Author author && author.name.startsWith("Secret"));
        }
    }

    /** Authors again, guarded by {@code @Permissions}: the generated routes check the loaded object. */
    @Controller(value = "/guarded", tags = "Authors")
    @Permissions(NoSecretAuthors.class)
    public static class GuardedAuthorController extends ModelController<Author, Long>
            implements CrudModel<Long, AuthorSchema, AuthorIn> {
        /** Created by the DI container. */
        @Inject
        public GuardedAuthorController(Db db) {
            super(new ModelService<>(db, Author.class));
        }
    }

    /** Every route for books (relations by id). */
    @Controller(value = "/books", tags = "Books")
    public static class BookController extends ModelController<Book, Long>
            implements CrudModel<Long, BookSchema, BookIn> {
        /** Created by the DI container. */
        @Inject
        public BookController(Db db) {
            super(new ModelService<>(db, Book.class));
        }
    }

    // tag::redeclared-route[]
    /** Read-only authors whose retrieve is re-declared with its own summary, operation id and description. */
    @Controller(value = "/people", tags = "People")
    public static class PeopleController extends ModelController<Author, Long>
            implements ListModel<Long, AuthorSchema>, RetrieveModel<Long, AuthorSchema> {
        /** Created by the DI container. */
        @Inject
        public PeopleController(Db db) {
            super(new ModelService<>(db, Author.class));
        }

        /** The generated retrieve, documented in the application's own words. */
        @Override
        @dev.kunai.route.Get(
                value = "/{id}",
                summary = "Get a person",
                operationId = "getPerson",
                description = "One author, by id.")
        public AuthorSchema retrieve(
                @dev.kunai.param.Path("id") Long id,
                dev.kunai.http.RequestContext context,
                ObjectPermissions permissions) {
            return RetrieveModel.super.retrieve(id, context, permissions);
        }
    }
    // end::redeclared-route[]

    /** Tags by name ({@code /tags/{name}}): list, retrieve and create only. */
    @Controller(value = "/tags", tags = "Tags")
    @dev.kunai.route.PathVariableName(variable = "id", name = "name")
    public static class TagController extends ModelController<Tag, String>
            implements ListModel<String, TagSchema>,
                    RetrieveModel<String, TagSchema>,
                    CreateModel<String, TagSchema, TagIn> {
        /** Created by the DI container. */
        @Inject
        public TagController(Db db) {
            super(new ModelService<>(db, Tag.class, "name"));
        }
    }

    /** Authors a request may see and change: those whose name starts with its {@code X-Initial} header. */
    static class InitialService extends ModelService<Author, Long> {
        InitialService(Db db) {
            super(db, Author.class);
        }

        @Override
        protected java.util.Optional<dev.kunai.data.read.Condition> scope(RequestContext request) {
            return java.util.Optional.of(request.request()
                    .header("X-Initial")
                    .map(i -> dev.kunai.data.read.Condition.of("name", dev.kunai.data.read.Lookup.STARTSWITH, i))
                    .orElse(dev.kunai.data.read.Condition.in("id", java.util.List.of())));
        }

        @Override
        protected void beforeCreate(dev.kunai.data.db.Session session, Author author, RequestContext request) {
            author.bio = "Created for " + request.request().header("X-Initial").orElse("nobody");
        }
    }

    /** Every route over {@link InitialService}: a request sees only the authors of its initial. */
    @Controller(value = "/initials", tags = "Authors")
    public static class InitialAuthorController extends ModelController<Author, Long>
            implements CrudModel<Long, AuthorSchema, AuthorIn> {
        /** Created by the DI container. */
        @Inject
        public InitialAuthorController(Db db) {
            super(new InitialService(db));
        }
    }
}
