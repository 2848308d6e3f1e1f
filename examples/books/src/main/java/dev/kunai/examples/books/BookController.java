package dev.kunai.examples.books;

import dev.kunai.data.db.Db;
import dev.kunai.param.Body;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import jakarta.inject.Inject;
import java.util.List;

/** The Books API (the tutorial's {@code BookController}). */
@Controller(tags = "Books")
public class BookController {
    private final Db db;

    /** Created once by the DI container, with the application's database. */
    @Inject
    public BookController(Db db) {
        this.db = db;
    }

    /** Lists every book with its tags, ordered by id. */
    @Get("books/")
    public List<BookSchema> getBooks() {
        return db.read(s -> s.all(Book.class, BookSchema.class));
    }

    /** Creates a book and one tag per name, in one transaction. */
    @Post(value = "books/", status = 201)
    public BookSchema createBook(@Body(description = "Book payload") BookCreateSchema payload) {
        return db.transaction(s -> {
            Book book = new Book(payload.title());
            payload.tags().forEach(name -> book.tags.add(s.insert(new Tag(name))));
            return s.map(s.insert(book), BookSchema.class);
        });
    }
}
