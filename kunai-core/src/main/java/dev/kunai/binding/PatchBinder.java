package dev.kunai.binding;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.operation.Requiredness;
import dev.kunai.schema.NodeBinder;
import dev.kunai.schema.PatchDict;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import dev.kunai.validation.Validators;
import dev.kunai.validation.ViolationMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Binds a JSON object to a {@link PatchDict} of a record: only the components present in the object are bound,
 * each with the binder and the constraints of the record's own component, so that a patch accepts exactly the
 * values a full body would (Django Ninja's {@code PatchDict}); a JSON {@code null} is kept as "set to null" where
 * the component accepts null, and is a type error where it does not. Unknown properties are ignored, as for
 * records.
 */
final class PatchBinder implements NodeBinder {

    private final Class<? extends Record> record;
    private final String[] jsonNames;
    private final String[] names;
    private final NodeBinder[] binders;
    private final boolean[] acceptsNull;
    private final Validator validator;

    private PatchBinder(
            Class<? extends Record> record,
            String[] jsonNames,
            String[] names,
            NodeBinder[] binders,
            boolean[] acceptsNull) {
        this.record = record;
        this.jsonNames = jsonNames;
        this.names = names;
        this.binders = binders;
        this.acceptsNull = acceptsNull;
        this.validator = Validators.validator();
    }

    /** The binder of {@code PatchDict<T>} for the given parameterized type; fails start-up when T is not a record. */
    @SuppressWarnings("unchecked")
    static NodeBinder create(Type type) {
        Type argument = Types.argument(type, 0);
        if (!Types.isRecord(argument)) {
            throw new IllegalStateException(
                    "PatchDict takes a record type, e.g. PatchDict<AuthorIn>; got " + Types.describe(type));
        }
        Class<? extends Record> raw = (Class<? extends Record>) Types.raw(argument);
        RecordComponent[] components = raw.getRecordComponents();
        String[] jsonNames = new String[components.length];
        String[] names = new String[components.length];
        NodeBinder[] binders = new NodeBinder[components.length];
        boolean[] acceptsNull = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Type componentType = JsonBinders.resolve(argument, component.getGenericType());
            jsonNames[i] = JsonBinders.jsonName(component);
            names[i] = component.getName();
            binders[i] = JsonBinders.forType(componentType);
            Requiredness rule =
                    Requiredness.of(component, componentType, raw.getSimpleName() + "." + component.getName());
            acceptsNull[i] = rule.acceptsNull();
        }
        return new PatchBinder(raw, jsonNames, names, binders, acceptsNull);
    }

    @Override
    public Object bind(JsonNode node, Loc loc, Errors errors) {
        if (!errors.requireObject(node, loc)) {
            return null;
        }
        int before = errors.count();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            JsonNode value = node.get(jsonNames[i]);
            if (value == null) {
                continue;
            }
            if (value.isNull() && acceptsNull[i]) {
                values.put(names[i], null);
                continue;
            }
            int mark = errors.count();
            Object bound = binders[i].bind(value, loc.field(jsonNames[i]), errors);
            if (errors.count() == mark) {
                validate(i, bound, loc, errors);
                values.put(names[i], bound);
            }
        }
        return errors.count() == before ? PatchDict.of(record, values) : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void validate(int i, Object value, Loc loc, Errors errors) {
        Set<ConstraintViolation<?>> violations = (Set) validator.validateValue((Class) record, names[i], value);
        for (ConstraintViolation<?> violation : violations) {
            ViolationMapper.record(violation, loc, 0, errors);
        }
    }
}
