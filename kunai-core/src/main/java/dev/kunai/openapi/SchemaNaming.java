package dev.kunai.openapi;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kunai's rule for component names, plugged into victools as its naming strategy.
 *
 * <ul>
 *   <li>A class is named by its simple name: {@code BookSchema}.</li>
 *   <li>A generic instantiation is written like Pydantic writes {@code Page[BookSchema]}, with {@code [}, {@code ]}
 *       and {@code ,} turned into {@code _}: {@code Page_BookSchema_}, {@code Pair_A_B_}, {@code Page_List_Tag__};
 *       arrays count as {@code List}.</li>
 *   <li>When two different types get the same name (or a name Kunai reserves for its error schemas), every class whose
 *       simple name is ambiguous within that group is qualified with its enclosing classes, then its package segments,
 *       innermost first, one more segment per round, joined with {@code .}, until the names differ:
 *       {@code Library.Book} and {@code Shop.Book}. If no segments are left to add, start-up fails.</li>
 * </ul>
 */
final class SchemaNaming implements SchemaDefinitionNamingStrategy {

    private final Set<String> reserved;

    SchemaNaming(Set<String> reserved) {
        this.reserved = Set.copyOf(reserved);
    }

    @Override
    public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
        String plain = render(key.getType(), 0, Set.of());
        return reserved.contains(plain) ? qualifyAlone(key.getType()) : plain;
    }

    @Override
    public void adjustDuplicateNames(Map<DefinitionKey, String> duplicates, SchemaGenerationContext context) {
        Map<ResolvedType, List<DefinitionKey>> byType = new LinkedHashMap<>();
        duplicates
                .keySet()
                .forEach(key -> byType.computeIfAbsent(key.getType(), t -> new ArrayList<>())
                        .add(key));
        List<ResolvedType> types = new ArrayList<>(byType.keySet());
        Map<ResolvedType, String> names = types.size() > 1
                ? disambiguate(types)
                : Map.of(types.getFirst(), duplicates.values().iterator().next());
        byType.forEach((type, keys) -> {
            // one type, several definitions: victools' variants (e.g. a Jackson subtype as seen from its parent)
            keys.sort(Comparator.comparing((DefinitionKey key) -> key.getIgnoredDefinitionProvider() == null
                    ? ""
                    : key.getIgnoredDefinitionProvider().getClass().getName()));
            for (int i = 0; i < keys.size(); i++) {
                duplicates.put(keys.get(i), names.get(type) + (i == 0 ? "" : "_" + (i + 1)));
            }
        });
    }

    @Override
    public String adjustNullableName(DefinitionKey key, String definitionName, SchemaGenerationContext context) {
        return definitionName + ".nullable";
    }

    /** Names for a group of types that share a name: qualifies ambiguous classes more deeply until all differ. */
    Map<ResolvedType, String> disambiguate(List<ResolvedType> types) {
        Set<Class<?>> ambiguous = ambiguousClasses(types);
        int maxDepth = 0;
        for (ResolvedType type : types) {
            maxDepth = Math.max(maxDepth, maxSegments(type));
        }
        for (int depth = 1; depth <= maxDepth; depth++) {
            Map<ResolvedType, String> names = new HashMap<>();
            Set<String> seen = new HashSet<>();
            boolean unique = true;
            for (ResolvedType type : types) {
                String name = render(type, depth, ambiguous);
                names.put(type, name);
                unique &= seen.add(name) && !reserved.contains(name);
            }
            if (unique) {
                return names;
            }
        }
        throw new IllegalStateException(
                "OpenAPI: cannot give distinct component names to " + types
                        + "; they render to the same name even fully qualified (are they the same class from two class loaders?)");
    }

    private String qualifyAlone(ResolvedType type) {
        return disambiguate(List.of(type)).get(type);
    }

    /** Classes that appear in the group's types under a simple name shared with another class; all of them when none. */
    private static Set<Class<?>> ambiguousClasses(List<ResolvedType> types) {
        Map<String, Set<Class<?>>> bySimpleName = new HashMap<>();
        for (ResolvedType type : types) {
            collectClasses(type, bySimpleName);
        }
        Set<Class<?>> ambiguous = new HashSet<>();
        Set<Class<?>> all = new HashSet<>();
        bySimpleName.values().forEach(classes -> {
            all.addAll(classes);
            if (classes.size() > 1) {
                ambiguous.addAll(classes);
            }
        });
        return ambiguous.isEmpty() ? all : ambiguous;
    }

    private static void collectClasses(ResolvedType type, Map<String, Set<Class<?>>> into) {
        if (type.isArray()) {
            collectClasses(type.getArrayElementType(), into);
            return;
        }
        Class<?> erased = type.getErasedType();
        into.computeIfAbsent(erased.getSimpleName(), k -> new HashSet<>()).add(erased);
        type.getTypeParameters().forEach(parameter -> collectClasses(parameter, into));
    }

    private static int maxSegments(ResolvedType type) {
        if (type.isArray()) {
            return maxSegments(type.getArrayElementType());
        }
        int max = segments(type.getErasedType()).size();
        for (ResolvedType parameter : type.getTypeParameters()) {
            max = Math.max(max, maxSegments(parameter));
        }
        return max;
    }

    /** Renders a type: simple names, {@code _..._} around type arguments, {@code depth} qualifiers on {@code qualify}. */
    static String render(ResolvedType type, int depth, Set<Class<?>> qualify) {
        if (type.isArray()) {
            return "List_" + render(type.getArrayElementType(), depth, qualify) + "_";
        }
        Class<?> erased = type.getErasedType();
        String name = qualify.contains(erased) ? qualified(erased, depth) : erased.getSimpleName();
        List<ResolvedType> parameters = type.getTypeParameters();
        if (parameters.isEmpty()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name).append('_');
        for (int i = 0; i < parameters.size(); i++) {
            out.append(i == 0 ? "" : "_").append(render(parameters.get(i), depth, qualify));
        }
        return out.append('_').toString();
    }

    private static String qualified(Class<?> type, int depth) {
        List<String> segments = segments(type);
        int from = Math.max(0, segments.size() - 1 - depth);
        return String.join(".", segments.subList(from, segments.size()));
    }

    /** Package segments, then enclosing classes, then the class itself: {@code [com, shop, Orders, Book]}. */
    private static List<String> segments(Class<?> type) {
        List<String> classes = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            classes.addFirst(c.getSimpleName().isEmpty() ? "Anonymous" : c.getSimpleName());
        }
        List<String> segments = new ArrayList<>();
        String pkg = type.getPackageName();
        if (!pkg.isEmpty()) {
            segments.addAll(List.of(pkg.split("\\.")));
        }
        segments.addAll(classes);
        return segments;
    }
}
