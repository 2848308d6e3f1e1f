package dev.kunai.operation;

import com.google.common.reflect.TypeParameter;
import com.google.common.reflect.TypeToken;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.binding.ParameterPlans;
import dev.kunai.contributor.Input;
import dev.kunai.routing.PathTemplate;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The inputs of an {@link Operation} defined in code, as declared on its builder, and their binding plans: the
 * same {@link ParameterPlan}s a controller method's parameters get, so the same binders, validation and
 * documentation apply.
 */
final class OperationInputs {

    /** The element of an input declared in code: it carries no annotations (constraints live on records). */
    private static final AnnotatedElement PLAIN = new AnnotatedElement() {
        @Override
        public <A extends Annotation> A getAnnotation(Class<A> type) {
            return null;
        }

        @Override
        public Annotation[] getAnnotations() {
            return new Annotation[0];
        }

        @Override
        public Annotation[] getDeclaredAnnotations() {
            return new Annotation[0];
        }

        @Override
        public String toString() {
            return "input defined in code";
        }
    };

    private static final Requiredness REQUIRED = new Requiredness(true, false, null);
    private static final Requiredness OPTIONAL = new Requiredness(false, true, Optional.empty());
    private static final Requiredness CONTEXT = new Requiredness(false, false, null);

    /**
     * One declared input.
     *
     * @param source   where it is read from
     * @param name     its wire name (the body's name in error locations)
     * @param type     the bound type ({@code Optional<T>} for an optional scalar)
     * @param required whether absence is a 422
     */
    record Spec(ParamSource source, String name, Type type, boolean required) {
        @Override
        public String toString() {
            return source.label() + " " + name + ": " + Operation.describe(type);
        }
    }

    /** The inputs planned against a mounted path: binding plans, documented parameters and body. */
    record Planned(List<ParameterPlan> plans, List<ParameterModel> parameters, Optional<BodyModel> body) {}

    private final String where;
    private final List<Spec> specs = new ArrayList<>();

    OperationInputs(String where) {
        this.where = where;
    }

    String where() {
        return where;
    }

    List<Spec> specs() {
        return specs;
    }

    /** A path, query or header value read from text: {@code type}, or {@code Optional<type>} when not required. */
    @SuppressWarnings("unchecked") // the handle's type is Optional<T> exactly when the spec's type is
    <V> Input<V> scalar(ParamSource source, String name, Class<?> type, boolean required) {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(type, "type");
        if (!Operation.isText(type)) {
            throw new KunaiConfigurationException(where + "(" + name + "): a " + source.label()
                    + " input must be a scalar read from text (String, numbers, boolean, enums, dates, UUID); got "
                    + type.getName() + " (use query(record) for several values, body(...) for JSON)");
        }
        Type bound = required ? type : optionalOf(Operation.boxed(type));
        add(new Spec(source, name, bound, required));
        Class<?> handle = required ? Operation.boxed(type) : Optional.class;
        return (Input<V>) Input.at(handle, specs.size() - 1);
    }

    /** A record whose components are query parameters. */
    <R extends Record> Input<R> queryGroup(Class<R> record) {
        java.util.Objects.requireNonNull(record, "record");
        add(new Spec(ParamSource.QUERY, record.getSimpleName(), record, false));
        return Input.at(record, specs.size() - 1);
    }

    /** A value of the request's context: the request, its context, or a request-scoped value a feature provides. */
    <T> Input<T> context(Class<T> type) {
        java.util.Objects.requireNonNull(type, "type");
        boolean contextual = type == dev.kunai.http.HttpRequest.class
                || dev.kunai.http.RequestContext.class.isAssignableFrom(type)
                || type.isAnnotationPresent(dev.kunai.inject.RequestScoped.class);
        if (!contextual) {
            throw new KunaiConfigurationException(where + "(" + type.getSimpleName() + "): a context input is the"
                    + " HttpRequest, the RequestContext or a @RequestScoped type provided by a feature; got "
                    + type.getName());
        }
        add(new Spec(ParamSource.CONTEXT, type.getName(), type, false));
        return Input.at(type, specs.size() - 1);
    }

    /** The JSON body. */
    <T> Input<T> body(String name, Class<T> type) {
        java.util.Objects.requireNonNull(type, "type");
        return body(name, type, Operation.boxed(type));
    }

    /** The JSON body of a runtime schema; the handler receives what its binder makes. */
    Input<Object> body(String name, dev.kunai.schema.SchemaType type) {
        java.util.Objects.requireNonNull(type, "type");
        return body(name, type, Object.class);
    }

    private <T> Input<T> body(String name, Type type, Class<T> value) {
        java.util.Objects.requireNonNull(name, "name");
        if (specs.stream().anyMatch(s -> s.source() == ParamSource.BODY)) {
            throw new KunaiConfigurationException(
                    where + ": only one input can be the JSON body; group them in one record");
        }
        add(new Spec(ParamSource.BODY, name, type, true));
        return Input.at(value, specs.size() - 1);
    }

    /** Header names are case-insensitive (RFC 9110 §5.1); every other name is exact. */
    private static boolean sameName(ParamSource source, String a, String b) {
        return source == ParamSource.HEADER ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    private void add(Spec spec) {
        boolean taken = specs.stream()
                .anyMatch(s -> s.source() == spec.source() && sameName(spec.source(), s.name(), spec.name()));
        if (taken) {
            throw new KunaiConfigurationException(
                    where + ": the " + spec.source().label() + " input '" + spec.name() + "' is declared twice");
        }
        specs.add(spec);
    }

    /**
     * Plans {@code specs} for an operation at {@code path} under {@code apiPrefix}: every variable of the
     * operation's own path needs a path input, and every path input must name a variable of the full template.
     */
    static Planned plan(List<Spec> specs, String apiPrefix, String path, String where) {
        Set<String> variables;
        Set<String> own;
        try {
            variables = new LinkedHashSet<>(PathTemplate.parse(apiPrefix + path).variables());
            own = new LinkedHashSet<>(PathTemplate.parse(path).variables());
        } catch (IllegalArgumentException e) {
            throw new KunaiConfigurationException(where + ": " + e.getMessage(), e);
        }
        List<ParameterPlan> plans = new ArrayList<>();
        Set<String> bound = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            if (spec.source() == ParamSource.PATH) {
                if (!variables.contains(spec.name())) {
                    throw new KunaiConfigurationException(
                            where + ": path input '" + spec.name() + "' is not a variable of " + apiPrefix + path);
                }
                bound.add(spec.name());
            }
            plans.add(plan(i, spec, where));
        }
        for (String variable : own) {
            if (!bound.contains(variable)) {
                throw new KunaiConfigurationException(where + ": path variable {" + variable
                        + "} has no input; declare path(\"" + variable + "\", type)");
            }
        }
        List<ParameterModel> parameters = new ArrayList<>();
        for (String variable : variables) {
            if (!bound.contains(variable)) {
                parameters.add(new ParameterModel(
                        variable,
                        ParamSource.PATH,
                        String.class,
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        PLAIN));
            }
        }
        Optional<BodyModel> body = Optional.empty();
        for (ParameterPlan plan : plans) {
            if (plan.source() == ParamSource.BODY) {
                body = Optional.of(new BodyModel(
                        plan.javaName(),
                        plan.type(),
                        "application/json",
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        PLAIN));
            } else if (plan.source() != ParamSource.CONTEXT) {
                parameters.addAll(OperationModels.parameterModels(plan));
            }
        }
        checkUnique(parameters, where);
        return new Planned(List.copyOf(plans), List.copyOf(parameters), body);
    }

    private static ParameterPlan plan(int index, Spec spec, String where) {
        if (spec.source() == ParamSource.QUERY && spec.type() instanceof Class<?> c && c.isRecord()) {
            @SuppressWarnings("unchecked") // isRecord() was checked
            ParameterPlan group = ParameterPlans.queryGroup((Class<? extends Record>) c, where);
            return new ParameterPlan(
                    index,
                    group.javaName(),
                    group.wireName(),
                    group.source(),
                    group.type(),
                    group.element(),
                    group.requiredness(),
                    group.description(),
                    group.example(),
                    group.group());
        }
        Requiredness requiredness =
                spec.source() == ParamSource.CONTEXT ? CONTEXT : spec.required() ? REQUIRED : OPTIONAL;
        return new ParameterPlan(
                index,
                spec.name(),
                spec.name(),
                spec.source(),
                spec.type(),
                PLAIN,
                requiredness,
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    private static void checkUnique(List<ParameterModel> parameters, String where) {
        Set<String> seen = new HashSet<>();
        for (ParameterModel parameter : parameters) {
            String name = parameter.source() == ParamSource.HEADER
                    ? parameter.name().toLowerCase(java.util.Locale.ROOT)
                    : parameter.name();
            String key = parameter.source().label() + " " + name;
            if (!seen.add(key)) {
                throw new KunaiConfigurationException(where + ": the "
                        + parameter.source().label() + " parameter '" + parameter.name() + "' is declared twice");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Type optionalOf(Class<T> type) {
        return new TypeToken<Optional<T>>() {}.where(new TypeParameter<T>() {}, type)
                .getType();
    }
}
