package dev.kunai.data.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kunai.schema.NodeBinder;
import dev.kunai.schema.SchemaType;
import dev.kunai.schema.SchemaWriter;

/**
 * The list answer of a derived response schema, {@code {"items": [...], "count": N}}, named as the core names
 * {@code Page<AuthorSchema>} ({@code Page_AuthorSchema_}) so that both kinds of model API read alike.
 */
final class PageSchema implements SchemaType {

    private final ResponseSchema item;

    PageSchema(ResponseSchema item) {
        this.item = item;
    }

    @Override
    public String name() {
        return "Page_" + item.name() + "_";
    }

    @Override
    public NodeBinder binder() {
        throw new IllegalStateException(name() + " is a response schema");
    }

    @Override
    public ObjectNode definition(SchemaWriter schemas) {
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        out.put("type", "object");
        ObjectNode properties = out.putObject("properties");
        ObjectNode items = properties.putObject("items").put("type", "array");
        items.set("items", schemas.schema(item, PageSchema.class));
        items.put("description", "The items of this page");
        properties.set("count", schemas.schema(long.class, PageSchema.class).put("description", "Every matching item"));
        out.putArray("required").add("items");
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageSchema that && that.item.equals(item);
    }

    @Override
    public int hashCode() {
        return item.hashCode();
    }

    @Override
    public String toString() {
        return name();
    }
}
