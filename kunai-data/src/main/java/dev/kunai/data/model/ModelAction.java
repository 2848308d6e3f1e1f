package dev.kunai.data.model;

/**
 * What a {@link ModelService} is doing to an object, handed to its hooks ({@link ModelService#checkObject},
 * {@link ModelService#beforeSave}); the names are Django REST framework's ViewSet actions.
 */
public enum ModelAction {
    /** {@code GET /} — a page of objects. */
    LIST,
    /** {@code POST /} — a new object. */
    CREATE,
    /** {@code GET /{id}} — one object. */
    RETRIEVE,
    /** {@code PUT /{id}} — every writable field replaced. */
    UPDATE,
    /** {@code PATCH /{id}} — only the sent fields changed. */
    PARTIAL_UPDATE,
    /** {@code DELETE /{id}}. */
    DELETE
}
