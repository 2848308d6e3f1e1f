package dev.kunai.openapi.naming.south;

/** Holds a {@code Book} whose simple and enclosing names clash with {@code north.Outer.Book}. */
public final class Outer {
    private Outer() {}

    /** A book in the south. */
    public record Book(String south) {}
}
