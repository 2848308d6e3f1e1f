package dev.kunai.operation;

import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.binding.ParameterPlans;
import dev.kunai.http.HttpMethod;
import dev.kunai.route.Controller;
import dev.kunai.route.Delete;
import dev.kunai.route.Get;
import dev.kunai.route.Patch;
import dev.kunai.route.PathVariableName;
import dev.kunai.route.Post;
import dev.kunai.route.Put;
import dev.kunai.route.Response;
import dev.kunai.route.Route;
import dev.kunai.routing.PathTemplate;
import dev.kunai.security.Auth;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads controller classes once, at start-up, into {@link OperationDefinition}s: paths, methods, statuses,
 * tags, summaries, parameter plans and documented responses. Misconfigurations fail here with a message
 * naming the controller method, never at request time.
 */
public final class OperationModels {

    private OperationModels() {}

    /** The documented operations of {@code api}, in declaration order. */
    public static List<OperationModel> describe(KunaiApi api) {
        return define(api).stream().map(OperationDefinition::model).toList();
    }

    /** The full definitions (model + binding plans) of every operation of {@code api}. */
    public static List<OperationDefinition> define(KunaiApi api) {
        List<OperationDefinition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Class<?> controller : api.controllers()) {
            for (OperationDefinition definition : defineController(controller, api.prefix())) {
                checkUnique(ids, definition);
                OperationModel m = definition.model();
                out.add(secured(definition, SecurityResolver.resolve(api, m.controller(), m.handler())));
            }
        }
        for (Operation operation : api.operations()) {
            OperationDefinition definition = operation.define(api.prefix());
            checkUnique(ids, definition);
            OperationModel m = definition.model();
            List<Auth> security = operation
                    .security()
                    .map(names -> SecurityResolver.named(api, names, operation.where()))
                    .orElseGet(() -> SecurityResolver.resolve(api, m.controller(), m.handler()));
            out.add(secured(definition, security));
        }
        return List.copyOf(out);
    }

    private static void checkUnique(Set<String> ids, OperationDefinition definition) {
        if (!ids.add(definition.model().operationId())) {
            throw new KunaiConfigurationException("Two operations have operationId '"
                    + definition.model().operationId() + "'; set operationId on one of them");
        }
    }

    /** The definition with its resolved security and, when secured, the documented 401. */
    private static OperationDefinition secured(OperationDefinition definition, List<Auth> security) {
        if (security.isEmpty()) {
            return definition;
        }
        return definition.withModel(definition
                .model()
                .withSecurity(security)
                .withResponses(List.of(ResponseModel.error(401, "Unauthorized"))));
    }

    /** The definitions of one controller class mounted at the root (paths relative to the API prefix), public until secured. */
    public static List<OperationDefinition> defineController(Class<?> controller) {
        return defineController(controller, "");
    }

    /**
     * The definitions of one controller class mounted under {@code apiPrefix}. Model paths stay relative to
     * the API prefix, but parameters are planned against the full template (API prefix + controller prefix +
     * operation path): each variable there binds to the parameter of its own name and is documented.
     */
    public static List<OperationDefinition> defineController(Class<?> controller, String apiPrefix) {
        Controller annotation = controller.getAnnotation(Controller.class);
        String prefix = annotation == null ? "" : annotation.value();
        List<String> tags = annotation == null || annotation.tags().length == 0
                ? List.of(defaultTag(controller))
                : List.of(annotation.tags());
        Map<String, String> renamed = Optional.ofNullable(controller.getAnnotation(PathVariableName.class))
                .map(r -> Map.of(r.variable(), r.name()))
                .orElse(Map.of());
        List<Method> methods = new ArrayList<>(Arrays.asList(controller.getMethods()));
        methods.sort(Comparator.comparing(OperationModels::declarationKey));
        List<OperationDefinition> out = new ArrayList<>();
        for (Method method : methods) {
            if (method.isBridge()) {
                // javac copies annotations onto the bridge of an overridden generic method (a controller that
                // re-declares a generic base route); the real method defines the operation
                continue;
            }
            for (Annotation route : method.getAnnotations()) {
                Optional<RouteInfo> info = RouteInfo.of(route);
                if (info.isEmpty()) {
                    continue;
                }
                if (Modifier.isStatic(method.getModifiers())) {
                    throw new IllegalStateException(controller.getSimpleName() + "." + method.getName()
                            + ": operations must be instance methods");
                }
                String path = renamePath(info.get().path(), renamed);
                for (HttpMethod httpMethod : info.get().methods()) {
                    out.add(define(
                            controller,
                            method,
                            httpMethod,
                            apiPrefix,
                            join(prefix, path),
                            join("", path),
                            tags,
                            info.get(),
                            info.get().methods().length > 1,
                            renamed));
                }
            }
        }
        return out;
    }

    /** {@code path} with each variable named like a key of {@code renamed} given the value's name. */
    private static String renamePath(String path, Map<String, String> renamed) {
        String out = path;
        for (Map.Entry<String, String> r : renamed.entrySet()) {
            out = out.replace("{" + r.getKey() + "}", "{" + r.getValue() + "}")
                    .replace("{" + r.getKey() + ":", "{" + r.getValue() + ":");
        }
        return out;
    }

    private static String declarationKey(Method m) {
        // getMethods() order is unspecified; keep a stable order: by source line is not available, so by name + arity.
        return m.getName() + "/" + m.getParameterCount();
    }

    private static OperationDefinition define(
            Class<?> controller,
            Method method,
            HttpMethod httpMethod,
            String apiPrefix,
            String path,
            String ownPath,
            List<String> controllerTags,
            RouteInfo info,
            boolean multi,
            Map<String, String> renamed) {
        String where = controller.getSimpleName() + "." + method.getName();
        PathTemplate template;
        try {
            template = PathTemplate.parse(apiPrefix + path);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        Set<String> own;
        try {
            own = new LinkedHashSet<>(PathTemplate.parse(ownPath).variables());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        List<ParameterPlan> plans =
                ParameterPlans.of(controller, method, new LinkedHashSet<>(template.variables()), own, renamed);
        ResultPlan result = ResultPlan.of(controller, method);
        int status = info.status() != 0 ? info.status() : result.defaultStatus();
        Optional<String> problem = result.statusProblem(status);
        if (problem.isPresent()) {
            throw KunaiConfigurationException.at(controller, method, problem.get());
        }
        String operationId = !info.operationId().isEmpty()
                ? info.operationId()
                : controller.getSimpleName() + "_" + method.getName()
                        + (multi ? "_" + httpMethod.name().toLowerCase(Locale.ROOT) : "");
        String summary = !info.summary().isEmpty() ? info.summary() : readable(method.getName());
        List<String> tags = info.tags().length > 0 ? List.of(info.tags()) : controllerTags;
        List<ParameterModel> parameters = unboundPrefixVariables(template, plans, method);
        Optional<BodyModel> body = Optional.empty();
        boolean multipart = plans.stream()
                .anyMatch(p -> p.source() == ParamSource.FILE
                        || p.group().stream().anyMatch(g -> g.source() == ParamSource.FILE));
        boolean form = multipart || plans.stream().anyMatch(p -> p.source() == ParamSource.FORM);
        for (ParameterPlan plan : plans) {
            switch (plan.source()) {
                case CONTEXT -> {}
                case BODY ->
                    body = Optional.of(new BodyModel(
                            plan.javaName(),
                            plan.type(),
                            "application/json",
                            plan.requiredness().required(),
                            plan.description(),
                            plan.example(),
                            plan.element()));
                default -> {
                    if (plan.isGroup()) {
                        for (ParameterPlan component : plan.group()) {
                            parameters.add(parameterModel(component));
                        }
                    } else {
                        parameters.add(parameterModel(plan));
                    }
                }
            }
        }
        if (form) {
            body = Optional.of(new BodyModel(
                    "form",
                    Object.class,
                    multipart ? "multipart/form-data" : "application/x-www-form-urlencoded",
                    true,
                    Optional.empty(),
                    Optional.empty(),
                    method));
        }
        List<ResponseModel> responses = new ArrayList<>();
        responses.add(result.success(status));
        for (Response declared : method.getAnnotationsByType(Response.class)) {
            if (declared.status() == status) {
                continue;
            }
            responses.add(new ResponseModel(
                    declared.status(),
                    declared.type() == Void.class ? Optional.empty() : Optional.of(declared.type()),
                    "application/json",
                    declared.description().isEmpty() ? "Response " + declared.status() : declared.description()));
        }
        OperationModel model = new OperationModel(
                operationId,
                httpMethod,
                path,
                summary,
                info.description().isEmpty() ? Optional.empty() : Optional.of(info.description()),
                tags,
                info.deprecated(),
                List.copyOf(parameters),
                body,
                List.of(),
                controller,
                method);
        model = model.withAllResponses(responses).withResponses(result.implied());
        return new OperationDefinition(model, plans, status, result, new Invocation.OfMethod(controller, method));
    }

    /** The documented parameters of one plan: itself, or each component of a record group. */
    public static List<ParameterModel> parameterModels(ParameterPlan plan) {
        return plan.isGroup()
                ? plan.group().stream().map(OperationModels::parameterModel).toList()
                : List.of(parameterModel(plan));
    }

    /** Prefix variables the handler does not bind: still part of the path, so documented as text. */
    private static List<ParameterModel> unboundPrefixVariables(
            PathTemplate template, List<ParameterPlan> plans, Method method) {
        List<ParameterModel> out = new ArrayList<>();
        for (String variable : template.variables()) {
            boolean bound = plans.stream()
                    .anyMatch(
                            p -> p.source() == ParamSource.PATH && p.wireName().equals(variable));
            if (!bound) {
                out.add(new ParameterModel(
                        variable,
                        ParamSource.PATH,
                        String.class,
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        method));
            }
        }
        return out;
    }

    private static ParameterModel parameterModel(ParameterPlan plan) {
        Optional<String> defaultValue = Optional.ofNullable(
                        plan.element().getAnnotation(dev.kunai.schema.Default.class))
                .map(dev.kunai.schema.Default::value);
        return new ParameterModel(
                plan.wireName(),
                plan.source(),
                plan.type(),
                plan.requiredness().required(),
                plan.description(),
                plan.example(),
                defaultValue,
                plan.element());
    }

    /** The type a handler produces once any {@code CompletionStage} is unwrapped. */
    public static Type resultType(Method method) {
        return resultType(method.getDeclaringClass(), method);
    }

    /**
     * The type a handler produces as seen from {@code controller} (type variables of a generic base class
     * resolved), once any {@code CompletionStage} is unwrapped; {@link ResultPlan#of(Class, Method)} decides the rest.
     */
    public static Type resultType(Class<?> controller, Method method) {
        return ResultPlan.of(controller, method).type();
    }

    private static String join(String prefix, String path) {
        String stripped = strip(prefix);
        String p = stripped.isEmpty() ? "" : "/" + stripped;
        String rest = path.startsWith("/") ? path.substring(1) : path;
        return p + "/" + rest;
    }

    private static String strip(String s) {
        String out = s;
        while (out.startsWith("/")) {
            out = out.substring(1);
        }
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private static String defaultTag(Class<?> controller) {
        String name = controller.getSimpleName();
        return name.endsWith("Controller") && name.length() > 10 ? name.substring(0, name.length() - 10) : name;
    }

    /** {@code getBooks} → {@code "Get Books"}. */
    static String readable(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                out.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                out.append(' ').append(c);
            } else if (c == '_') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The facts of one routing annotation. */
    private record RouteInfo(
            HttpMethod[] methods,
            String path,
            int status,
            String summary,
            String description,
            String operationId,
            String[] tags,
            boolean deprecated) {
        static Optional<RouteInfo> of(Annotation a) {
            return Optional.ofNullable(
                    switch (a) {
                        case Get g ->
                            new RouteInfo(
                                    new HttpMethod[] {HttpMethod.GET},
                                    g.value(),
                                    g.status(),
                                    g.summary(),
                                    g.description(),
                                    g.operationId(),
                                    g.tags(),
                                    g.deprecated());
                        case Post p ->
                            new RouteInfo(
                                    new HttpMethod[] {HttpMethod.POST},
                                    p.value(),
                                    p.status(),
                                    p.summary(),
                                    p.description(),
                                    p.operationId(),
                                    p.tags(),
                                    p.deprecated());
                        case Put p ->
                            new RouteInfo(
                                    new HttpMethod[] {HttpMethod.PUT},
                                    p.value(),
                                    p.status(),
                                    p.summary(),
                                    p.description(),
                                    p.operationId(),
                                    p.tags(),
                                    p.deprecated());
                        case Patch p ->
                            new RouteInfo(
                                    new HttpMethod[] {HttpMethod.PATCH},
                                    p.value(),
                                    p.status(),
                                    p.summary(),
                                    p.description(),
                                    p.operationId(),
                                    p.tags(),
                                    p.deprecated());
                        case Delete d ->
                            new RouteInfo(
                                    new HttpMethod[] {HttpMethod.DELETE},
                                    d.value(),
                                    d.status(),
                                    d.summary(),
                                    d.description(),
                                    d.operationId(),
                                    d.tags(),
                                    d.deprecated());
                        case Route r ->
                            new RouteInfo(
                                    r.methods(),
                                    r.value(),
                                    r.status(),
                                    r.summary(),
                                    r.description(),
                                    r.operationId(),
                                    r.tags(),
                                    r.deprecated());
                        default -> null;
                    });
        }
    }
}
