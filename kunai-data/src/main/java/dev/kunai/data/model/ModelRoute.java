package dev.kunai.data.model;

/**
 * The operations {@link ModelOperations} can generate (Ninja Extra's {@code allowed_routes}: {@code list},
 * {@code find_one}, {@code create}, {@code update}, {@code patch}, {@code delete}).
 */
public enum ModelRoute {
    /** {@code GET /}: a page of objects. */
    LIST,
    /** {@code GET /{id}}: one object, 404 when absent. */
    RETRIEVE,
    /** {@code POST /}: 201 with the created object. */
    CREATE,
    /** {@code PUT /{id}}: full replacement. */
    UPDATE,
    /** {@code PATCH /{id}}: only the sent fields. */
    PATCH,
    /** {@code DELETE /{id}}: 204. */
    DELETE
}
