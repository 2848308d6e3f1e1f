package dev.kunai.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kunai.binding.ConversionException;
import dev.kunai.binding.JsonBinders;
import dev.kunai.binding.TextConverter;
import dev.kunai.binding.TextConverters;
import dev.kunai.binding.Types;
import dev.kunai.http.HttpError;
import dev.kunai.http.HttpRequest;
import dev.kunai.http.UploadedFile;
import dev.kunai.inject.RequestValue;
import dev.kunai.json.Json;
import dev.kunai.operation.ParamSource;
import dev.kunai.operation.ParameterPlan;
import dev.kunai.schema.NodeBinder;
import dev.kunai.security.Authenticated;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import dev.kunai.validation.Validators;
import dev.kunai.validation.ViolationMapper;
import dev.kunai.validation.ViolationOrder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Compiles {@link ParameterPlan}s into {@link ArgumentBinder}s: all decisions made here, once. */
final class ArgumentBinders {

    private static final ObjectReader TREE_READER = Json.mapper().reader();

    private ArgumentBinders() {}

    static ArgumentBinder compile(ParameterPlan plan, java.util.Map<Class<?>, RequestValue<?>> values) {
        return switch (plan.source()) {
            case CONTEXT -> context(plan, values);
            case BODY -> body(plan);
            case FILE -> file(plan);
            case PATH -> {
                String name = plan.wireName();
                yield text(plan, exchange -> List.of(exchange.pathValue(name)));
            }
            default -> plan.isGroup() ? group(plan) : text(plan, valuesOf(plan.source(), plan.wireName()));
        };
    }

    private static ArgumentBinder context(ParameterPlan plan, java.util.Map<Class<?>, RequestValue<?>> values) {
        if (plan.element().isAnnotationPresent(Authenticated.class)) {
            return PrincipalBinder.of(plan.type());
        }
        Class<?> raw = Types.raw(plan.type());
        if (raw == HttpRequest.class) {
            return (exchange, errors) -> exchange.request();
        }
        if (!raw.isAnnotationPresent(dev.kunai.inject.RequestScoped.class)) {
            return (exchange, errors) -> exchange;
        }
        RequestValue<?> provider = values.get(raw);
        if (provider == null) {
            throw new dev.kunai.KunaiConfigurationException(plan.javaName() + ": nothing provides the request-scoped "
                    + raw.getSimpleName() + " (for a database Session, configure a database on the application)");
        }
        return (exchange, errors) -> exchange.open(provider);
    }

    /** Reads the raw text values of a named parameter from its source. */
    private interface Values {
        List<String> of(Exchange exchange);
    }

    private static Values valuesOf(ParamSource source, String name) {
        return switch (source) {
            case QUERY -> exchange -> exchange.queryValues(name);
            case HEADER -> exchange -> exchange.request().headers(name);
            case COOKIE -> exchange -> exchange.cookie(name).map(List::of).orElse(List.of());
            case FORM -> exchange -> exchange.form().values(name);
            default -> throw new IllegalStateException("No text values for " + source);
        };
    }

    private static ArgumentBinder text(ParameterPlan plan, Values values) {
        Type type = plan.type();
        boolean optional = Types.isOptional(type);
        boolean collection = Types.isCollection(type);
        boolean set = Types.isSet(type);
        Class<?> scalar = Types.raw(Types.unwrap(type));
        TextConverter converter = TextConverters.forType(scalar)
                .orElseThrow(() -> new IllegalStateException(
                        plan.javaName() + ": cannot convert text to " + Types.describe(type)));
        String source = plan.source().label();
        String name = plan.wireName();
        boolean required = plan.requiredness().required();
        Object fallback = plan.requiredness().fallback();
        boolean emptyIsAbsent = plan.source() == ParamSource.QUERY || plan.source() == ParamSource.FORM;
        return (exchange, errors) -> {
            List<String> raw = values.of(exchange);
            if (emptyIsAbsent) {
                raw = withoutEmpty(raw);
            }
            if (raw.isEmpty()) {
                if (required && !collection) {
                    errors.add(Loc.of(source, name), "missing", "Field required");
                    return null;
                }
                if (collection && fallback == null) {
                    return set ? Collections.emptySet() : List.of();
                }
                return fallback;
            }
            if (collection) {
                List<Object> out = new ArrayList<>(raw.size());
                int before = errors.count();
                for (int i = 0; i < raw.size(); i++) {
                    out.add(convert(converter, raw.get(i), Loc.of(source, name).index(i), errors));
                }
                if (errors.count() != before) {
                    return null;
                }
                return set ? Collections.unmodifiableSet(new LinkedHashSet<>(out)) : Collections.unmodifiableList(out);
            }
            Object value = convert(converter, raw.get(0), Loc.of(source, name), errors);
            return optional && value != null ? Optional.of(value) : value;
        };
    }

    /**
     * HTML-form semantics for query strings and forms: an empty value ({@code age=}) is a value not sent, so
     * an optional parameter is empty, a {@code @Default} applies, a required one is missing and a list skips
     * it. Allocates only when an empty value is present.
     */
    static List<String> withoutEmpty(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isEmpty()) {
                List<String> kept = new ArrayList<>(values.size() - 1);
                for (String value : values) {
                    if (!value.isEmpty()) {
                        kept.add(value);
                    }
                }
                return kept;
            }
        }
        return values;
    }

    private static Object convert(TextConverter converter, String text, Loc loc, Errors errors) {
        try {
            return converter.convert(text);
        } catch (ConversionException e) {
            errors.add(loc, e.type(), e.getMessage());
            return null;
        }
    }

    private static ArgumentBinder body(ParameterPlan plan) {
        NodeBinder binder = JsonBinders.forType(plan.type());
        String name = plan.javaName();
        boolean required = plan.requiredness().required();
        Object fallback = plan.requiredness().fallback();
        return (exchange, errors) -> {
            byte[] bytes = exchange.jsonBody();
            if (bytes.length == 0) {
                if (!required) {
                    return fallback;
                }
                throw new HttpError(400, "Request body is empty; expected JSON");
            }
            JsonNode node;
            try {
                node = TREE_READER.readTree(bytes);
            } catch (JsonProcessingException e) {
                throw new HttpError(400, "Cannot parse request body" + Json.position(e));
            } catch (IOException e) {
                throw new HttpError(400, "Cannot read request body");
            }
            if (node == null || node.isMissingNode()) {
                throw new HttpError(400, "Cannot parse request body");
            }
            return binder.bind(node, Loc.of("body", name), errors);
        };
    }

    private static ArgumentBinder file(ParameterPlan plan) {
        String name = plan.wireName();
        boolean collection = Types.isCollection(plan.type());
        boolean optional = Types.isOptional(plan.type());
        boolean required = plan.requiredness().required();
        return (exchange, errors) -> {
            List<UploadedFile> files = exchange.form().filesOf(name);
            if (collection) {
                return files;
            }
            if (files.isEmpty()) {
                if (required) {
                    errors.add(Loc.of("file", name), "missing", "Field required");
                }
                return optional ? Optional.empty() : null;
            }
            return optional ? Optional.of(files.get(0)) : files.get(0);
        };
    }

    private static ArgumentBinder group(ParameterPlan plan) {
        Class<?> record = Types.raw(plan.type());
        List<ParameterPlan> components = plan.group();
        ArgumentBinder[] parts = new ArgumentBinder[components.size()];
        for (int i = 0; i < parts.length; i++) {
            ParameterPlan c = components.get(i);
            parts[i] = c.source() == ParamSource.FILE ? file(c) : text(c, valuesOf(c.source(), c.wireName()));
        }
        MethodHandle constructor = constructor(record);
        Validator validator = Validators.validator();
        boolean constrained = validator.getConstraintsForClass(record).isBeanConstrained();
        List<String> names = components.stream().map(ParameterPlan::javaName).toList();
        List<String> wireNames =
                components.stream().map(ParameterPlan::wireName).toList();
        String source = plan.source().label();
        return (exchange, errors) -> {
            int before = errors.count();
            Object[] args = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                args[i] = parts[i].bind(exchange, errors);
            }
            if (errors.count() != before) {
                return null;
            }
            Object instance;
            try {
                instance = constructor.invokeExact(args);
            } catch (IllegalArgumentException e) {
                errors.add(Loc.source(source), "value_error", String.valueOf(e.getMessage()));
                return null;
            } catch (Throwable e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            if (constrained) {
                for (ConstraintViolation<Object> v : ViolationOrder.own(validator.validate(instance), names)) {
                    ViolationMapper.record(v, Loc.source(source), names, wireNames, errors);
                }
            }
            return instance;
        };
    }

    static MethodHandle constructor(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return MethodHandles.privateLookupIn(record, MethodHandles.lookup())
                    .findConstructor(record, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, types.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct record " + record.getName() + ": " + e.getMessage(), e);
        }
    }
}
