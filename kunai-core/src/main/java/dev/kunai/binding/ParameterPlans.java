package dev.kunai.binding;

import com.google.common.reflect.TypeToken;
import dev.kunai.http.HttpRequest;
import dev.kunai.http.RequestContext;
import dev.kunai.http.UploadedFile;
import dev.kunai.operation.ParamSource;
import dev.kunai.operation.ParameterPlan;
import dev.kunai.operation.Requiredness;
import dev.kunai.param.Body;
import dev.kunai.param.Cookie;
import dev.kunai.param.File;
import dev.kunai.param.Form;
import dev.kunai.param.Header;
import dev.kunai.param.Path;
import dev.kunai.param.Query;
import dev.kunai.schema.Description;
import dev.kunai.schema.Example;
import dev.kunai.security.Authenticated;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where each handler parameter comes from, Ninja-style: an explicit annotation wins; otherwise a
 * name that appears in the path is a path parameter, {@code UploadedFile} is a file, a scalar (or a list
 * or Optional of scalars) is a query parameter, and a record, list of records or map is the JSON body.
 */
public final class ParameterPlans {

    private ParameterPlans() {}

    /** Plans every parameter of {@code method} whose path declares {@code pathVariables}, each of them bound. */
    public static List<ParameterPlan> of(Method method, Set<String> pathVariables) {
        return of(method.getDeclaringClass(), method, pathVariables, pathVariables);
    }

    /**
     * Plans every parameter of {@code method} as seen from {@code controller}: type variables of a generic base
     * class ({@code class BookCrud extends Crud<BookSchema>}) are resolved to the concrete types.
     */
    public static List<ParameterPlan> of(Class<?> controller, Method method, Set<String> pathVariables) {
        return of(controller, method, pathVariables, pathVariables);
    }

    /**
     * Plans every parameter of {@code method} as seen from {@code controller}.
     *
     * @param pathVariables the variables of the full template (API prefix, controller prefix, operation path):
     *     a parameter named like one of them is a path parameter, and a {@code @Path} parameter must name one
     * @param mustBind      the variables a parameter must bind (those of the operation's own path); the
     *     prefixes' variables may be left to operations that need them
     * @throws IllegalStateException naming the method when the parameters do not fit
     */
    public static List<ParameterPlan> of(
            Class<?> controller, Method method, Set<String> pathVariables, Set<String> mustBind) {
        return of(controller, method, pathVariables, mustBind, Map.of());
    }

    /**
     * {@link #of(Class, Method, Set, Set)} with path variables renamed: a parameter bound to a variable named like
     * a key of {@code renamed} ({@code @Path("id")}) binds to the variable named by its value ({@code isbn}).
     */
    public static List<ParameterPlan> of(
            Class<?> controller,
            Method method,
            Set<String> pathVariables,
            Set<String> mustBind,
            Map<String, String> renamed) {
        TypeToken<?> owner = TypeToken.of(controller);
        String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Parameter[] parameters = method.getParameters();
        List<ParameterPlan> plans = new ArrayList<>(parameters.length);
        int bodies = 0;
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            if (!p.isNamePresent() && !hasExplicitName(p)) {
                throw new IllegalStateException(
                        where + ": parameter names are not available. Compile with "
                                + "'-parameters' (maven-compiler-plugin <parameters>true</parameters>) or name each parameter in its annotation.");
            }
            ParameterPlan plan =
                    plan(i, p, owner.resolveType(p.getParameterizedType()).getType(), pathVariables, renamed, where);
            if (plan.source() == ParamSource.BODY) {
                bodies++;
            }
            plans.add(plan);
        }
        if (bodies > 1) {
            throw new IllegalStateException(
                    where + ": only one parameter can be the JSON body; group them in one record");
        }
        boolean hasBody = bodies == 1;
        boolean hasForm =
                plans.stream().anyMatch(pl -> pl.source() == ParamSource.FORM || pl.source() == ParamSource.FILE);
        if (hasBody && hasForm) {
            throw new IllegalStateException(where + ": a handler takes either a JSON body or form fields, not both");
        }
        for (String variable : mustBind) {
            if (plans.stream()
                    .noneMatch(pl ->
                            pl.source() == ParamSource.PATH && pl.wireName().equals(variable))) {
                throw new IllegalStateException(where + ": path variable {" + variable + "} has no parameter");
            }
        }
        return List.copyOf(plans);
    }

    private static boolean hasExplicitName(Parameter p) {
        return !nameOf(p).isEmpty()
                || RequestContext.class.isAssignableFrom(p.getType())
                || p.getType() == HttpRequest.class
                || p.getType().isAnnotationPresent(dev.kunai.inject.RequestScoped.class)
                || p.isAnnotationPresent(Authenticated.class);
    }

    private static String nameOf(Parameter p) {
        Path path = p.getAnnotation(Path.class);
        Query query = p.getAnnotation(Query.class);
        Header header = p.getAnnotation(Header.class);
        Cookie cookie = p.getAnnotation(Cookie.class);
        Form form = p.getAnnotation(Form.class);
        File file = p.getAnnotation(File.class);
        String name = path != null
                ? path.value()
                : query != null
                        ? query.value()
                        : header != null
                                ? header.value()
                                : cookie != null
                                        ? cookie.value()
                                        : form != null ? form.value() : file != null ? file.value() : "";
        return name;
    }

    private static ParameterPlan plan(
            int index, Parameter p, Type type, Set<String> pathVariables, Map<String, String> renamed, String where) {
        Class<?> raw = p.getType();
        String javaName = p.isNamePresent() ? p.getName() : nameOf(p);
        String alias = nameOf(p);
        String wire = alias.isEmpty() ? javaName : alias;
        Optional<String> description = firstNonEmpty(annotationText(p, "description"), describedBy(p));
        Optional<String> example = firstNonEmpty(
                annotationText(p, "example"),
                Optional.ofNullable(p.getAnnotation(Example.class)).map(Example::value));
        String at = where + "(" + javaName + ")";
        if (raw == HttpRequest.class
                || RequestContext.class.isAssignableFrom(raw)
                || raw.isAnnotationPresent(dev.kunai.inject.RequestScoped.class)
                || p.isAnnotationPresent(Authenticated.class)) {
            return new ParameterPlan(
                    index,
                    javaName,
                    wire,
                    ParamSource.CONTEXT,
                    type,
                    p,
                    new Requiredness(false, false, null),
                    description,
                    example,
                    List.of());
        }
        ParamSource source;
        if (p.isAnnotationPresent(Path.class)) {
            source = ParamSource.PATH;
            wire = renamed.getOrDefault(wire, wire);
        } else if (p.isAnnotationPresent(Query.class)) {
            source = ParamSource.QUERY;
        } else if (p.isAnnotationPresent(Header.class)) {
            source = ParamSource.HEADER;
            if (alias.isEmpty()) {
                wire = javaName.replace('_', '-');
            }
        } else if (p.isAnnotationPresent(Cookie.class)) {
            source = ParamSource.COOKIE;
        } else if (p.isAnnotationPresent(Form.class)) {
            source = ParamSource.FORM;
        } else if (p.isAnnotationPresent(File.class) || Types.raw(Types.unwrap(type)) == UploadedFile.class) {
            source = ParamSource.FILE;
        } else if (p.isAnnotationPresent(Body.class)) {
            source = ParamSource.BODY;
        } else if (pathVariables.contains(renamed.getOrDefault(wire, wire))) {
            source = ParamSource.PATH;
            wire = renamed.getOrDefault(wire, wire);
        } else if (Types.isScalarLike(type)) {
            source = ParamSource.QUERY;
        } else {
            source = ParamSource.BODY;
        }
        Requiredness requiredness = Requiredness.of(p, type, at);
        if (source == ParamSource.PATH && !pathVariables.contains(wire)) {
            throw new IllegalStateException(at + ": @Path parameter '" + wire + "' is not in the path");
        }
        if (source == ParamSource.PATH) {
            requiredness = new Requiredness(true, false, null);
        }
        List<ParameterPlan> group = List.of();
        if ((source == ParamSource.QUERY || source == ParamSource.FORM) && Types.isRecord(type)) {
            group = componentPlans(Types.raw(type), source, at);
        } else if (source != ParamSource.BODY && source != ParamSource.FILE && !Types.isScalarLike(type)) {
            throw new IllegalStateException(at + ": a " + source.label()
                    + " parameter must be a scalar, an Optional or List of scalars"
                    + (source == ParamSource.QUERY || source == ParamSource.FORM ? ", or a record of those" : "")
                    + "; got " + Types.describe(type));
        }
        return new ParameterPlan(index, javaName, wire, source, type, p, requiredness, description, example, group);
    }

    /**
     * The plan of a record whose components are query parameters, for an input that is not a handler parameter
     * (an operation contributor's); {@code where} names the operation in error messages.
     */
    public static ParameterPlan queryGroup(Class<? extends Record> record, String where) {
        String at = where + "(" + record.getSimpleName() + ")";
        return new ParameterPlan(
                -1,
                record.getSimpleName(),
                record.getSimpleName(),
                ParamSource.QUERY,
                record,
                record,
                new Requiredness(false, false, null),
                Optional.empty(),
                Optional.empty(),
                componentPlans(record, ParamSource.QUERY, at));
    }

    private static List<ParameterPlan> componentPlans(Class<?> record, ParamSource source, String where) {
        List<ParameterPlan> plans = new ArrayList<>();
        RecordComponent[] components = record.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Type type = c.getGenericType();
            String at = where + "." + c.getName();
            boolean file = Types.raw(Types.unwrap(type)) == UploadedFile.class;
            if (!file && !Types.isScalarLike(type)) {
                throw new IllegalStateException(at + ": a " + source.label() + " record component must be a scalar, "
                        + "an Optional or List of scalars; got " + Types.describe(type));
            }
            Optional<String> description =
                    Optional.ofNullable(c.getAnnotation(Description.class)).map(Description::value);
            Optional<String> example =
                    Optional.ofNullable(c.getAnnotation(Example.class)).map(Example::value);
            plans.add(new ParameterPlan(
                    i,
                    c.getName(),
                    JsonBinders.jsonName(c),
                    file ? ParamSource.FILE : source,
                    type,
                    c,
                    Requiredness.of(c, type, at),
                    description,
                    example,
                    List.of()));
        }
        return List.copyOf(plans);
    }

    private static Optional<String> describedBy(Parameter p) {
        return Optional.ofNullable(p.getAnnotation(Description.class)).map(Description::value);
    }

    private static Optional<String> annotationText(Parameter p, String attribute) {
        for (var annotation : p.getAnnotations()) {
            if (annotation.annotationType().getPackageName().equals("dev.kunai.param")) {
                try {
                    Object value =
                            annotation.annotationType().getMethod(attribute).invoke(annotation);
                    if (value instanceof String s && !s.isEmpty()) {
                        return Optional.of(s);
                    }
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstNonEmpty(Optional<String>... values) {
        for (Optional<String> v : values) {
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }
}
