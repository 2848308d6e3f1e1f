package dev.kunai.openapi.naming.north;

/** Holds a {@code Book} whose simple and enclosing names clash with {@code south.Outer.Book}. */
public final class Outer {
    private Outer() {}

    /** A book in the north. */
    public record Book(String north) {}
}
