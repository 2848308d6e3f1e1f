package dev.kunai.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable location under construction: a parent and one more element (a name or a list index).
 * Cheap to extend while binding; turned into a list only when an error is reported.
 *
 * @param parent  the enclosing location (the root has none)
 * @param element the last element: a {@code String} name or an {@code Integer} index
 */
public record Loc(Loc parent, Object element) {

    /** The root location for a parameter: {@code [source, name]}. */
    public static Loc of(String source, String name) {
        return new Loc(new Loc(null, source), name);
    }

    /** A root location with only the source (for a body bound as a whole). */
    public static Loc source(String source) {
        return new Loc(null, source);
    }

    /** This location plus a field name. */
    public Loc field(String name) {
        return new Loc(this, name);
    }

    /** This location plus a list index. */
    public Loc index(int index) {
        return new Loc(this, index);
    }

    /** The elements from the root. */
    public List<Object> toList() {
        List<Object> out = new ArrayList<>();
        collect(this, out);
        return List.copyOf(out);
    }

    private static void collect(Loc loc, List<Object> out) {
        if (loc.parent != null) {
            collect(loc.parent, out);
        }
        out.add(loc.element);
    }
}
