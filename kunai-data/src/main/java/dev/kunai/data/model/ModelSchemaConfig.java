package dev.kunai.data.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which entity attributes the schemas of a {@link ModelOperations} API derive from the entity (Ninja Extra's
 * {@code ModelSchemaConfig}): {@code include} or {@code exclude} choose the working fields (every attribute by
 * default), {@code readOnly} fields are answered but never written, {@code writeOnly} fields are written but
 * never answered, and {@code optional} fields need not be sent on create. The id is always answered and never
 * written. Every name is checked against the entity when the operations are built ({@link ModelOperations}),
 * like a {@code @ModelSchema} record: a name that is not an attribute, {@code include} together with
 * {@code exclude}, and a required column left out of the create schema each fail start-up with a
 * {@code KunaiConfigurationException} naming the entity and the field.
 *
 * <pre>{@code
 * ModelSchemaConfig.builder().exclude("bio").readOnly("email").build()
 * }</pre>
 *
 * @param include   the working fields when not empty (Ninja Extra's {@code include}; empty means {@code "__all__"})
 * @param exclude   fields left out of every schema
 * @param optional  fields a create (or PUT) may leave out although their column is required and has no default
 * @param readOnly  fields in the response schema only ({@code read_only_fields})
 * @param writeOnly fields in the create and patch schemas only ({@code write_only_fields})
 */
public record ModelSchemaConfig(
        List<String> include,
        List<String> exclude,
        List<String> optional,
        List<String> readOnly,
        List<String> writeOnly) {

    /** Copies the lists. */
    public ModelSchemaConfig {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        optional = List.copyOf(optional);
        readOnly = List.copyOf(readOnly);
        writeOnly = List.copyOf(writeOnly);
    }

    /** Every attribute, none read-only, write-only or optional (Ninja Extra's default). */
    public static ModelSchemaConfig all() {
        return builder().build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelSchemaConfig}; each method adds names (attribute names of the entity). */
    public static final class Builder {
        private final Set<String> include = new LinkedHashSet<>();
        private final Set<String> exclude = new LinkedHashSet<>();
        private final Set<String> optional = new LinkedHashSet<>();
        private final Set<String> readOnly = new LinkedHashSet<>();
        private final Set<String> writeOnly = new LinkedHashSet<>();

        private Builder() {}

        /** Only these attributes (and the id) are in the schemas. */
        public Builder include(String... fields) {
            return add(include, fields);
        }

        /** These attributes are in no schema. */
        public Builder exclude(String... fields) {
            return add(exclude, fields);
        }

        /** These attributes may be left out of a create or PUT body. */
        public Builder optional(String... fields) {
            return add(optional, fields);
        }

        /** These attributes are answered but never written. */
        public Builder readOnly(String... fields) {
            return add(readOnly, fields);
        }

        /** These attributes are written but never answered (a secret, a password). */
        public Builder writeOnly(String... fields) {
            return add(writeOnly, fields);
        }

        /** The configuration. */
        public ModelSchemaConfig build() {
            return new ModelSchemaConfig(
                    List.copyOf(include),
                    List.copyOf(exclude),
                    List.copyOf(optional),
                    List.copyOf(readOnly),
                    List.copyOf(writeOnly));
        }

        private Builder add(Set<String> names, String... fields) {
            for (String field : fields) {
                names.add(Objects.requireNonNull(field, "field"));
            }
            return this;
        }
    }
}
