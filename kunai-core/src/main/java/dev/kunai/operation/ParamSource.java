package dev.kunai.operation;

/** Where a parameter's value comes from; its lower-case name is the first element of an error's {@code loc}. */
public enum ParamSource {
    PATH,
    QUERY,
    HEADER,
    COOKIE,
    BODY,
    FORM,
    FILE,
    /** Not from the request text: the request context or another framework-provided object. */
    CONTEXT;

    /** The name used in error locations and OpenAPI {@code in} ({@code "query"}, {@code "body"}, ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
