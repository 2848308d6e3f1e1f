package dev.kunai.data.model;

import dev.kunai.data.schema.EntityModel;
import java.lang.reflect.Type;

/**
 * One field of a schema derived from an entity ({@link EntitySchemas}).
 *
 * @param name      the attribute name, which is also the JSON property name
 * @param attribute the entity attribute
 * @param shape     how the attribute appears in JSON
 * @param valueType the Java type a JSON value binds to (the column's type, the related id's, a list of ids)
 * @param required  whether a create (or PUT) body must send it
 * @param nullable  whether it may be {@code null}
 */
record DerivedField(
        String name, EntityModel.Attribute attribute, Shape shape, Type valueType, boolean required, boolean nullable) {

    /** How an attribute appears in a derived schema. */
    enum Shape {
        /** The id or a column, as its value. */
        VALUE,
        /** A to-one relation, as the related object's id. */
        ONE_ID,
        /** A to-many relation, as the list of the related objects' ids (ordered by id when answered). */
        MANY_IDS
    }
}
