package dev.kunai.data.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kunai.data.read.FieldReader;
import dev.kunai.schema.NodeBinder;
import dev.kunai.schema.SchemaType;
import dev.kunai.schema.SchemaWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The answered object of an entity ({@code AuthorSchema}), derived by {@link EntitySchemas}: the id and the
 * working fields that are not write-only, every one present (nullable ones as {@code null}); to-one relations as
 * the related id, to-many relations as the list of related ids. Read with a {@link FieldReader}. A response
 * schema is never a request body.
 */
final class ResponseSchema implements SchemaType {

    private final String name;
    private final List<DerivedField> fields;
    private final FieldReader reader;

    ResponseSchema(String name, EntitySchemas schemas) {
        this.name = name;
        this.fields = schemas.response();
        List<FieldReader.Field> read = new ArrayList<>(fields.size());
        for (DerivedField field : fields) {
            read.add(new FieldReader.Field(
                    field.name(), FieldReader.Shape.valueOf(field.shape().name())));
        }
        this.reader = FieldReader.of(schemas.entity(), read);
    }

    /** The reader of this schema's rows. */
    FieldReader reader() {
        return reader;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public NodeBinder binder() {
        throw new IllegalStateException(name + " is a response schema; bodies use the create or patch schema");
    }

    @Override
    public ObjectNode definition(SchemaWriter schemas) {
        return SchemaJson.object(schemas, fields, field -> true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponseSchema that && that.name.equals(name) && that.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
