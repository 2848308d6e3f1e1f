package dev.kunai.operation;

import dev.kunai.binding.Types;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.Raw;
import dev.kunai.http.Status;
import java.util.Optional;

/**
 * The registry of what a handler's result type means, in lookup order: the first kind whose {@link #accepts}
 * returns true for the result's class decides both how a result is written ({@link ResultPlan#writer}) and what
 * the operation documents ({@link ResultPlan#success}, {@link ResultPlan#implied}). A {@code CompletionStage<T>}
 * is unwrapped before the lookup ({@link ResultPlan#of}), so every kind works asynchronously too.
 *
 * <p>A new kind (a stream, an event source) is one more constant here and one more branch in
 * {@link ResultPlan}'s writer and documentation switches; nothing else in Kunai decides what a result means.
 */
public enum ResultKind {
    /** {@code void}/{@code Void}: no body, {@code 204} unless the route says otherwise. */
    EMPTY,
    /** {@link Status Status&lt;T&gt;}: a status chosen per request, the body written as JSON ({@code null}: none). */
    STATUS,
    /** {@link Raw}: bytes, text or a stream with its own content type, written as is. */
    RAW,
    /** {@link HttpResponse}: a complete response, written as is. */
    RESPONSE,
    /** {@code Optional<T>}: the value as JSON, or {@code 404} when empty (documented). */
    OPTIONAL,
    /** Anything else: JSON through a Jackson writer built for the declared type. */
    JSON;

    /** Whether a result of class {@code raw} is of this kind ({@link #JSON} accepts everything). */
    public boolean accepts(Class<?> raw) {
        return switch (this) {
            case EMPTY -> raw == void.class || raw == Void.class;
            case STATUS -> raw == Status.class;
            case RAW -> raw == Raw.class;
            case RESPONSE -> raw == HttpResponse.class;
            case OPTIONAL -> raw == Optional.class;
            case JSON -> true;
        };
    }

    /** Whether the status of a result of this kind is decided per request (the route's status is a default). */
    public boolean statusPerRequest() {
        return this == STATUS || this == RAW || this == RESPONSE;
    }

    /** The first kind, in registry order, that accepts {@code type}'s class. */
    public static ResultKind of(java.lang.reflect.Type type) {
        Class<?> raw = Types.raw(type);
        for (ResultKind kind : values()) {
            if (kind.accepts(raw)) {
                return kind;
            }
        }
        throw new AssertionError("JSON accepts every type");
    }
}
