package dev.kunai.contributor;

/** Turns a handler's result into what is written (e.g. a {@code List<T>} into one page of it). */
@FunctionalInterface
public interface ResultTransformer {

    /**
     * The value to write instead of {@code result}.
     *
     * @throws Exception any failure; it is mapped by the exception handlers like a handler's own
     */
    Object transform(Object result, InputValues inputs) throws Exception;
}
