package dev.kunai.bench.books;

/** The body of {@code GET /api/hello}: {@code {"message": "Hello, world!"}}. */
public record Message(String message) {

    /** The one greeting the hello scenario returns. */
    public static final Message HELLO = new Message("Hello, world!");
}
