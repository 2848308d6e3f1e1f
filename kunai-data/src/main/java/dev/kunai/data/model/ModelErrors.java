package dev.kunai.data.model;

import dev.kunai.http.HttpError;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns what the database says about a write into the client's answer, never a 500: a row deleted (or
 * changed, with {@code @Version}) between the read and the write is 404 (or 409); a unique or foreign-key
 * constraint that fires at commit — the checks before it ({@link ModelWriter}) lost a race, or a delete meets
 * rows that still reference the object — is 409 with a detail that names the conflict.
 */
final class ModelErrors {

    private ModelErrors() {}

    /**
     * Runs {@code work} (one transaction) and translates its database failures.
     *
     * @param model      the entity's name, for messages
     * @param uniqueName the unique column a unique violation most likely concerns, if the entity has one
     * @param deleting   whether the work deletes (a foreign-key violation then means "still referenced")
     * @param exists     whether the object still exists (asked, in a new transaction, after a stale write)
     */
    static <T> T run(
            String model, Optional<String> uniqueName, boolean deleting, BooleanSupplier exists, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            Optional<ConstraintViolationException> constraint = cause(failure, ConstraintViolationException.class);
            if (constraint.isPresent()) {
                throw conflict(model, uniqueName, deleting, constraint.get());
            }
            if (cause(failure, StaleStateException.class).isPresent()
                    || cause(failure, jakarta.persistence.OptimisticLockException.class)
                            .isPresent()) {
                if (exists.getAsBoolean()) {
                    throw new HttpError(409, model + " was changed by another request; read it again and retry.");
                }
                throw HttpError.notFound(notFound(model));
            }
            throw failure;
        }
    }

    /** Django's {@code get_object_or_404} message. */
    static String notFound(String model) {
        return "No " + model + " matches the given query.";
    }

    private static HttpError conflict(
            String model, Optional<String> uniqueName, boolean deleting, ConstraintViolationException e) {
        return switch (e.getKind()) {
            case UNIQUE ->
                new HttpError(
                        409,
                        uniqueName
                                .map(name -> model + " with this " + name + " already exists.")
                                .orElse("This " + model
                                        + " conflicts with an existing one (a unique value is taken)."));
            case FOREIGN_KEY ->
                new HttpError(
                        409,
                        deleting
                                ? model + " is still referenced by other objects; delete or change them first."
                                : "A related object was deleted meanwhile; read it again and retry.");
            // a value the table requires was not given (an optional field left out, a hook that set nothing): the
            // request is incomplete, not in conflict with the stored state (the column, when the database names it)
            case NOT_NULL ->
                new HttpError(
                        422,
                        model + " needs a value for "
                                + Optional.ofNullable(e.getConstraintName())
                                        .map(column -> "'" + column.toLowerCase(java.util.Locale.ROOT) + "'")
                                        .orElse("a required field")
                                + ": the database does not accept it empty.");
            default ->
                new HttpError(
                        409,
                        "This " + model + " breaks a database constraint ("
                                + Optional.ofNullable(e.getConstraintName())
                                        .orElse(e.getKind().name().toLowerCase(java.util.Locale.ROOT))
                                + ").");
        };
    }

    @SuppressWarnings("ReferenceEquality") // a cause chain ends where a throwable is its own cause
    private static <X extends Throwable> Optional<X> cause(Throwable failure, Class<X> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
