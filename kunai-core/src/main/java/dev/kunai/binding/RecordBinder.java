package dev.kunai.binding;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.operation.Requiredness;
import dev.kunai.schema.NodeBinder;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import dev.kunai.validation.ValidationError;
import dev.kunai.validation.Validators;
import dev.kunai.validation.ViolationMapper;
import dev.kunai.validation.ViolationOrder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

/**
 * Binds a JSON object to a record: every component is bound (all errors reported), missing components
 * take their {@link Requiredness} fallback or are reported as {@code missing}, the canonical constructor is
 * called through a pre-built {@link MethodHandle}, then the record's own constraints are validated (no
 * {@code @Valid} needed: nested records are validated as they are built). Errors come in component order, each
 * component's together; a class-level constraint's error comes first and a getter constraint's
 * ({@code @AssertTrue boolean isOrdered()}) after the components', and neither is checked when a component
 * failed to bind (there is no record to check).
 */
final class RecordBinder implements NodeBinder {

    private final String typeName;
    private final String[] names;
    private final NodeBinder[] binders;
    private final Requiredness[] rules;
    private final MethodHandle constructor;
    private final Class<?> raw;
    private final boolean[] constrained;
    private final String[] propertyNames;
    private final List<String> componentNames;
    private final List<String> wireNames;
    private final boolean classConstraints;
    private final boolean anyConstrained;
    private final Validator validator;

    private RecordBinder(
            Class<?> raw, String[] names, NodeBinder[] binders, Requiredness[] rules, MethodHandle constructor) {
        this.typeName = raw.getSimpleName();
        this.raw = raw;
        this.names = names;
        this.binders = binders;
        this.rules = rules;
        this.constructor = constructor;
        this.validator = Validators.validator();
        BeanDescriptor descriptor = validator.getConstraintsForClass(raw);
        RecordComponent[] components = raw.getRecordComponents();
        this.propertyNames = new String[components.length];
        this.constrained = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            propertyNames[i] = components[i].getName();
            PropertyDescriptor property = descriptor.getConstraintsForProperty(propertyNames[i]);
            constrained[i] = property != null && hasOwnConstraints(property);
        }
        this.componentNames = List.of(propertyNames);
        this.wireNames = List.of(names);
        // Class-level constraints, and constraints on a getter such as @AssertTrue boolean isOrdered() (a property
        // that is not a component): both need the built record validated.
        boolean getters = false;
        for (PropertyDescriptor property : descriptor.getConstrainedProperties()) {
            getters |= !componentNames.contains(property.getPropertyName()) && hasOwnConstraints(property);
        }
        this.classConstraints = descriptor.hasConstraints() || getters;
        boolean any = false;
        for (boolean c : constrained) {
            any |= c;
        }
        this.anyConstrained = any;
    }

    private static boolean hasOwnConstraints(PropertyDescriptor p) {
        return p.hasConstraints() || !p.getConstrainedContainerElementTypes().isEmpty();
    }

    static NodeBinder create(Type type) {
        Class<?> raw = Types.raw(type);
        RecordComponent[] components = raw.getRecordComponents();
        String[] names = new String[components.length];
        NodeBinder[] binders = new NodeBinder[components.length];
        Requiredness[] rules = new Requiredness[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Type componentType = JsonBinders.resolve(type, component.getGenericType());
            names[i] = JsonBinders.jsonName(component);
            binders[i] = JsonBinders.forType(componentType);
            rules[i] = Requiredness.of(component, componentType, raw.getSimpleName() + "." + component.getName());
            parameterTypes[i] = component.getType();
        }
        MethodHandle constructor;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(raw, MethodHandles.lookup());
            constructor = lookup.findConstructor(raw, MethodType.methodType(void.class, parameterTypes))
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Kunai cannot construct record " + raw.getName()
                            + " (is it public, or its package open to Kunai?): " + e.getMessage(),
                    e);
        }
        return new RecordBinder(raw, names, binders, rules, constructor);
    }

    @Override
    public Object bind(JsonNode node, Loc loc, Errors errors) {
        if (!errors.requireObject(node, loc)) {
            return null;
        }
        int before = errors.count();
        Object[] args = new Object[names.length];
        boolean[] failed = null;
        int[] starts = null;
        for (int i = 0; i < names.length; i++) {
            if (starts != null) {
                starts[i] = errors.count();
            }
            JsonNode value = node.get(names[i]);
            Requiredness rule = rules[i];
            if (value == null || (value.isNull() && rule.acceptsNull())) {
                if (rule.required()) {
                    if (starts == null) {
                        starts = startsUpTo(i, before);
                    }
                    errors.add(loc.field(names[i]), "missing", "Field required");
                    failed = mark(failed, i);
                } else {
                    args[i] = rule.fallback();
                }
                continue;
            }
            int mark = errors.count();
            args[i] = binders[i].bind(value, loc.field(names[i]), errors);
            if (errors.count() != mark) {
                if (starts == null) {
                    starts = startsUpTo(i, before);
                    starts[i] = mark;
                }
                failed = mark(failed, i);
            }
        }
        if (failed != null) {
            // Binding failed somewhere: still report the constraints of every component that did bind,
            // each component's errors together and in component order.
            List<ValidationError> bound = errors.removeFrom(before);
            for (int i = 0; i < names.length; i++) {
                int from = starts[i] - before;
                int to = (i + 1 < names.length ? starts[i + 1] : before + bound.size()) - before;
                bound.subList(from, to).forEach(errors::add);
                if (constrained[i] && !failed[i]) {
                    validateProperty(i, args[i], loc, errors);
                }
            }
            return null;
        }
        Object instance;
        try {
            instance = constructor.invokeExact(args);
        } catch (IllegalArgumentException e) {
            errors.add(loc, "value_error", e.getMessage() == null ? "Invalid " + typeName : e.getMessage());
            return null;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (anyConstrained || classConstraints) {
            validateOnce(instance, loc, errors);
        }
        return errors.count() == before ? instance : null;
    }

    /** Start positions of components 0..i, all at {@code before} (nothing was recorded for them yet). */
    private int[] startsUpTo(int i, int before) {
        int[] starts = new int[names.length];
        java.util.Arrays.fill(starts, 0, i + 1, before);
        return starts;
    }

    private boolean[] mark(boolean[] failed, int i) {
        boolean[] out = failed == null ? new boolean[names.length] : failed;
        out[i] = true;
        return out;
    }

    /**
     * Validates the built record in one call and keeps its own violations (its components, their container
     * elements, class-level constraints), in component order; nested records were validated when they were built.
     */
    private void validateOnce(Object instance, Loc loc, Errors errors) {
        Set<ConstraintViolation<Object>> violations = validator.validate(instance);
        if (violations.isEmpty()) {
            return;
        }
        for (ConstraintViolation<Object> violation : ViolationOrder.own(violations, componentNames)) {
            ViolationMapper.record(violation, loc, componentNames, wireNames, errors);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void validateProperty(int i, Object value, Loc loc, Errors errors) {
        Set<ConstraintViolation<?>> violations = (Set) validator.validateValue((Class) raw, propertyNames[i], value);
        for (ConstraintViolation<?> violation : violations) {
            ViolationMapper.record(violation, loc, componentNames, wireNames, errors);
        }
    }
}
