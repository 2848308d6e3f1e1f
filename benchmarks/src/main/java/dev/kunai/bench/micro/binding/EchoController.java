package dev.kunai.bench.micro.binding;

import dev.kunai.examples.books.BookCreateSchema;
import dev.kunai.param.Body;
import dev.kunai.route.Controller;
import dev.kunai.route.Post;

/** Binds and validates the Books create payload and returns it unchanged: the pipeline with no database work. */
@Controller
public class EchoController {

    /** Returns the bound, validated payload as the 201 body. */
    @Post(value = "books/", status = 201)
    public BookCreateSchema create(@Body(description = "Book payload") BookCreateSchema payload) {
        return payload;
    }
}
