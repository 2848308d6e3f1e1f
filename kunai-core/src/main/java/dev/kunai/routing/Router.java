package dev.kunai.routing;

import dev.kunai.http.HttpMethod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a request path against every registered template in time proportional to the path's segment
 * count, not the number of routes: a trie of literal children, one variable child and one rest child per
 * node. Literal segments win over variables, variables over rest captures; when a literal branch leads
 * nowhere the match backtracks to the variable branch. Segments are compared after percent-decoding (see
 * {@link RequestPath} for the rules on ambiguous paths), so {@code /caf%C3%A9} matches the literal
 * {@code café}. There is no fixed limit on the number of variables: the value array is sized from the
 * registered templates. Built once, then read-only.
 *
 * @param <T> what a route resolves to (an operation)
 */
public final class Router<T> {

    private static final HttpMethod[] METHODS = HttpMethod.values();

    private static final String[] NO_VALUES = new String[0];

    private final Node<T> root = new Node<>();
    // The routes without variables whose template needs no decoding and passes RequestPath's rules, by their
    // path: a request path equal to one of them is split and decoded into the same literal segments, which the
    // trie walk follows (literals first) to this same node, so the lookup skips the split and the walk.
    private final Map<String, Node<T>> literalPaths = new HashMap<>();
    private int maxVariables;

    /** Creates an empty router. */
    public static <T> Router<T> create() {
        return new Router<>();
    }

    private Router() {}

    /**
     * Registers {@code target} for {@code method} on {@code template}. Literal segments are percent-decoded
     * here, as request segments are when matched.
     *
     * @throws IllegalStateException when another target answers the same method and template
     * @throws IllegalArgumentException when a literal segment holds a malformed percent-escape
     */
    public void add(HttpMethod method, PathTemplate template, T target) {
        Node<T> node = root;
        List<String> names = new ArrayList<>();
        for (PathTemplate.Segment segment : template.segments()) {
            switch (segment.kind()) {
                case LITERAL ->
                    node = node.literals.computeIfAbsent(
                            PercentDecoder.decode(segment.text(), false), k -> new Node<>());
                case VARIABLE -> {
                    if (node.variable == null) {
                        node.variable = new Node<>();
                    }
                    node = node.variable;
                    names.add(segment.text());
                }
                case REST -> {
                    if (node.rest == null) {
                        node.rest = new Node<>();
                    }
                    node = node.rest;
                    names.add(segment.text());
                }
            }
        }
        if (node.targets.containsKey(method)) {
            throw new IllegalStateException("Two operations answer " + method + " " + template.template());
        }
        node.targets.put(method, target);
        node.names.put(method, names.toArray(String[]::new));
        maxVariables = Math.max(maxVariables, names.size());
        if (names.isEmpty() && isLiteralPath(template.template())) {
            literalPaths.put(template.template(), node);
        }
    }

    /** Whether {@code path} is its own decoded form and a valid request path (so a request can equal it). */
    private static boolean isLiteralPath(String path) {
        if (path.indexOf('%') >= 0) {
            return false;
        }
        try {
            RequestPath.parse(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Finds the route for a raw (percent-encoded) path. The returned match says whether the path is refused
     * (400, see {@link RequestPath}), exists, which methods it allows, and the target with its decoded
     * variable values for {@code method}.
     */
    public Match<T> match(HttpMethod method, String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return Match.notFound();
        }
        Node<T> node = literalPaths.get(path);
        String[] values = NO_VALUES;
        if (node == null) {
            RequestPath segments;
            try {
                segments = RequestPath.parse(path);
            } catch (IllegalArgumentException e) {
                return Match.badRequest(e.getMessage());
            }
            values = maxVariables == 0 ? NO_VALUES : new String[maxVariables];
            node = find(root, segments, 0, values, 0);
        }
        if (node == null || node.targets.isEmpty()) {
            return Match.notFound();
        }
        HttpMethod lookup =
                method == HttpMethod.HEAD && !node.targets.containsKey(HttpMethod.HEAD) ? HttpMethod.GET : method;
        T target = node.targets.get(lookup);
        if (target == null) {
            return Match.methodNotAllowed(node.allowed());
        }
        String[] names = node.names.get(lookup);
        return Match.found(target, names, values);
    }

    private Node<T> find(Node<T> node, RequestPath path, int index, String[] values, int depth) {
        if (index == path.size()) {
            return node;
        }
        String segment = path.segment(index);
        Node<T> literal = node.literals.get(segment);
        if (literal != null) {
            Node<T> found = find(literal, path, index + 1, values, depth);
            if (found != null && !found.targets.isEmpty()) {
                return found;
            }
        }
        if (node.variable != null && !segment.isEmpty()) {
            values[depth] = segment;
            Node<T> found = find(node.variable, path, index + 1, values, depth + 1);
            if (found != null && !found.targets.isEmpty()) {
                return found;
            }
        }
        boolean emptyRest = index == path.size() - 1 && segment.isEmpty();
        if (node.rest != null && !emptyRest) {
            values[depth] = path.rest(index);
            return node.rest;
        }
        return null;
    }

    private static final class Node<T> {
        final Map<String, Node<T>> literals = new HashMap<>();
        Node<T> variable;
        Node<T> rest;
        final Map<HttpMethod, T> targets = new EnumMap<>(HttpMethod.class);
        final Map<HttpMethod, String[]> names = new EnumMap<>(HttpMethod.class);
        private String allowHeader;

        String allowed() {
            if (allowHeader == null) {
                Set<String> allowed = new LinkedHashSet<>();
                for (HttpMethod m : METHODS) {
                    if (targets.containsKey(m)) {
                        allowed.add(m.name());
                        if (m == HttpMethod.GET) {
                            allowed.add(HttpMethod.HEAD.name());
                        }
                    }
                }
                allowHeader = String.join(", ", allowed);
            }
            return allowHeader;
        }
    }

    /**
     * The outcome of a lookup.
     *
     * @param status      200 when found, 400 when the path is refused, 404 when no route has the path, 405
     *                    when the method is not allowed
     * @param target      the target (null unless found)
     * @param names       the variable names (null unless found)
     * @param values      the decoded variable values, aligned with names (null unless found)
     * @param allow       the {@code Allow} header value for 405
     * @param detail      why the path was refused (400), else empty
     * @param <T>         the target type
     */
    public record Match<T>(int status, T target, String[] names, String[] values, String allow, String detail) {
        static <T> Match<T> notFound() {
            return new Match<>(404, null, null, null, "", "");
        }

        static <T> Match<T> badRequest(String detail) {
            return new Match<>(400, null, null, null, "", detail);
        }

        static <T> Match<T> methodNotAllowed(String allow) {
            return new Match<>(405, null, null, null, allow, "");
        }

        static <T> Match<T> found(T target, String[] names, String[] values) {
            return new Match<>(200, target, names, values, "", "");
        }
    }
}
