package dev.kunai.contributor;

/**
 * A handle on an input a contributor added (e.g. the {@code limit}/{@code offset} record of a paginator); read
 * its bound value per request with {@link InputValues#get(Input)}. Created by {@link OperationContribution}.
 *
 * @param <T> the bound value's type
 */
public final class Input<T> {

    private final Class<T> type;
    private final int index;

    private Input(Class<T> type, int index) {
        this.type = type;
        this.index = index;
    }

    /** A handle on the input at {@code index} of an operation's contributed inputs (for the pipeline). */
    public static <T> Input<T> at(Class<T> type, int index) {
        return new Input<>(type, index);
    }

    /** The bound value's type. */
    public Class<T> type() {
        return type;
    }

    /** The position among the operation's contributed inputs. */
    public int index() {
        return index;
    }
}
