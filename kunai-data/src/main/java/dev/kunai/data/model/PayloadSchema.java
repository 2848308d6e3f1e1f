package dev.kunai.data.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kunai.binding.JsonBinders;
import dev.kunai.schema.NodeBinder;
import dev.kunai.schema.SchemaType;
import dev.kunai.schema.SchemaWriter;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import dev.kunai.validation.Validators;
import dev.kunai.validation.ViolationMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The create ({@code AuthorCreateSchema}, also the PUT body as in Ninja Extra) or patch ({@code
 * AuthorPatchSchema}, every field optional) body of an entity, derived by {@link EntitySchemas}. Binding is
 * strict and reports every problem at once at {@code ["body", "payload", field]}: a property the schema does
 * not have ({@code extra_forbidden}) or only answers ({@code read_only}), a missing required field
 * ({@code missing}), a wrong type (the core binders' {@code string_type}, {@code int_type}, …; {@code null} for a
 * field that is not nullable is a type error), and the Bean Validation constraints declared on the entity's
 * field ({@code @Size}, {@code @Email}, …). Binders are built once; binding reflects nothing.
 */
final class PayloadSchema implements SchemaType, NodeBinder {

    private final String name;
    private final Class<?> entity;
    private final boolean partial;
    private final List<DerivedField> fields;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final NodeBinder[] binders;
    private final Set<String> answeredOnly;
    private final Validator validator = Validators.validator();

    /**
     * The body schema of {@code schemas}' write fields.
     *
     * @param name    the component name
     * @param partial whether it is a PATCH body (nothing required)
     */
    PayloadSchema(String name, EntitySchemas schemas, boolean partial) {
        this.name = name;
        this.entity = schemas.entity().type();
        this.partial = partial;
        this.fields = schemas.write();
        this.binders = new NodeBinder[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            index.put(fields.get(i).name(), i);
            binders[i] = JsonBinders.forType(fields.get(i).valueType());
        }
        Set<String> answered = new java.util.HashSet<>();
        schemas.response().forEach(f -> answered.add(f.name()));
        answered.removeAll(index.keySet());
        this.answeredOnly = Set.copyOf(answered);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public NodeBinder binder() {
        return this;
    }

    @Override
    public ObjectNode definition(SchemaWriter schemas) {
        ObjectNode out = SchemaJson.object(schemas, fields, field -> !partial && field.required());
        out.put("additionalProperties", false); // other properties are a 422, as the binder says
        return out;
    }

    @Override
    public Object bind(JsonNode node, Loc loc, Errors errors) {
        if (!errors.requireObject(node, loc)) {
            return null;
        }
        int before = errors.count();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String property = names.next();
            if (!index.containsKey(property)) {
                if (answeredOnly.contains(property)) {
                    errors.add(loc.field(property), "read_only", "This field is read-only.");
                } else {
                    errors.add(loc.field(property), "extra_forbidden", "Extra inputs are not permitted");
                }
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < binders.length; i++) {
            DerivedField field = fields.get(i);
            JsonNode value = node.get(field.name());
            if (value == null) {
                if (!partial && field.required()) {
                    errors.add(loc.field(field.name()), "missing", "Field required");
                }
                continue;
            }
            if (value.isNull() && field.nullable()) {
                values.put(field.name(), null);
                continue;
            }
            int mark = errors.count();
            Object bound = binders[i].bind(value, loc.field(field.name()), errors);
            if (errors.count() == mark) {
                validate(field, bound, loc, errors);
                values.put(field.name(), bound);
            }
        }
        return errors.count() == before ? new Payload(values) : null;
    }

    /** The entity field's own constraints, applied to the bound value of a column. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void validate(DerivedField field, Object value, Loc loc, Errors errors) {
        if (field.shape() != DerivedField.Shape.VALUE) {
            return;
        }
        Set<ConstraintViolation<?>> violations = (Set) validator.validateValue((Class) entity, field.name(), value);
        for (ConstraintViolation<?> violation : violations) {
            ViolationMapper.record(violation, loc, 0, errors);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PayloadSchema that
                && that.name.equals(name)
                && that.fields.equals(fields)
                && that.partial == partial;
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
