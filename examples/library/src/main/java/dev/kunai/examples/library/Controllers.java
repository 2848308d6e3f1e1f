package dev.kunai.examples.library;

import dev.kunai.data.db.Db;
import dev.kunai.data.filter.Ordering;
import dev.kunai.data.filter.Searching;
import dev.kunai.data.model.CreateModel;
import dev.kunai.data.model.CrudModel;
import dev.kunai.data.model.DeleteModel;
import dev.kunai.data.model.FilteredListModel;
import dev.kunai.data.model.ListModel;
import dev.kunai.data.model.ModelController;
import dev.kunai.data.model.ModelService;
import dev.kunai.data.model.PatchModel;
import dev.kunai.data.model.RetrieveModel;
import dev.kunai.data.model.UpdateModel;
import dev.kunai.examples.library.Schemas.AuthorIn;
import dev.kunai.examples.library.Schemas.AuthorSchema;
import dev.kunai.examples.library.Schemas.BookFilter;
import dev.kunai.examples.library.Schemas.BookIn;
import dev.kunai.examples.library.Schemas.BookSchema;
import dev.kunai.examples.library.Schemas.TagIn;
import dev.kunai.examples.library.Schemas.TagSchema;
import dev.kunai.route.Controller;
import dev.kunai.route.PathVariableName;
import jakarta.inject.Inject;

/** The Library's model controllers: a whole CRUD API per entity in a few lines each. */
public final class Controllers {
    private Controllers() {}

    // tag::author-controller[]
    /** {@code /api/authors/}: every route. */
    @Controller(value = "/authors", tags = "Authors")
    public static class AuthorController extends ModelController<Author, Long>
            implements CrudModel<Long, AuthorSchema, AuthorIn> {
        /** Created once by the DI container. */
        @Inject
        public AuthorController(Db db) {
            super(new ModelService<>(db, Author.class));
        }
    }
    // end::author-controller[]

    // tag::book-controller[]
    /** {@code /api/books/}: every route, the list filtered, searched and ordered. */
    @Controller(value = "/books", tags = "Books")
    public static class BookController extends ModelController<Book, Long>
            implements FilteredListModel<Long, BookSchema, BookFilter>,
                    RetrieveModel<Long, BookSchema>,
                    CreateModel<Long, BookSchema, BookIn>,
                    UpdateModel<Long, BookSchema, BookIn>,
                    PatchModel<Long, BookSchema, BookIn>,
                    DeleteModel<Long, BookSchema> {
        private static final Searching SEARCH = Searching.fields("title", "author.name", "=isbn");
        private static final Ordering ORDER = Ordering.fields("id", "title", "published");

        /** Created once by the DI container. */
        @Inject
        public BookController(Db db) {
            super(new ModelService<>(db, Book.class));
        }

        @Override
        public Searching searching() {
            return SEARCH;
        }

        @Override
        public Ordering ordering() {
            return ORDER;
        }
    }
    // end::book-controller[]

    // tag::tag-controller[]
    /** {@code /api/tags/{name}}: tags by name; list, retrieve, create and delete (no updates). */
    @Controller(value = "/tags", tags = "Tags")
    @PathVariableName(variable = "id", name = "name")
    public static class TagController extends ModelController<Tag, String>
            implements ListModel<String, TagSchema>,
                    RetrieveModel<String, TagSchema>,
                    CreateModel<String, TagSchema, TagIn>,
                    DeleteModel<String, TagSchema> {
        /** Created once by the DI container. */
        @Inject
        public TagController(Db db) {
            super(new ModelService<>(db, Tag.class, "name"));
        }
    }
    // end::tag-controller[]
}
