package dev.kunai.binding;

/** Converts one text value (path segment, query value, header, cookie, form field) to a Java value. */
@FunctionalInterface
public interface TextConverter {

    /** Converts {@code text}; throws {@link ConversionException} describing why it is not a valid value. */
    Object convert(String text) throws ConversionException;
}
