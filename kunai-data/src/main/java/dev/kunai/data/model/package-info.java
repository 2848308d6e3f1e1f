/**
 * Model controllers (Ninja Extra's {@code ModelControllerBase}, {@code ModelConfig} and {@code ModelService}):
 * a whole CRUD API for a JPA entity from a few lines. {@link dev.kunai.data.model.ModelService} creates, reads,
 * updates, patches and deletes one entity type in transactions, writing relations by id and answering
 * database conflicts with 409/422; {@link dev.kunai.data.model.ModelController} plus the route interfaces
 * ({@link dev.kunai.data.model.CrudModel}, {@link dev.kunai.data.model.ListModel}, ...) publish it as
 * documented operations; {@link dev.kunai.data.model.ModelOperations} builds the same routes as code operations
 * whose schemas are derived from the entity ({@link dev.kunai.data.model.ModelSchemaConfig}). See
 * docs/model-controllers.md.
 */
package dev.kunai.data.model;
