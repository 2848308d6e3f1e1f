package dev.kunai.data.filter;

/** How several conditions are joined (Ninja's {@code expression_connector}). */
public enum Connector {
    /** Every condition must hold. */
    AND,
    /** At least one condition must hold. */
    OR
}
