package dev.kunai.data.model;

/**
 * The routes that write a payload ({@link CreateModel}, {@link UpdateModel}, {@link PatchModel}): the payload
 * record's components are checked against the entity when the controller is created.
 *
 * @param <ID> the lookup type
 * @param <O>  the response schema
 * @param <I>  the payload schema: each component a column, a to-one id or a list of to-many ids
 */
public interface WriteModel<ID, O, I extends Record> extends ModelRoutes<ID, O> {}
