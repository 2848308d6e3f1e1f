package dev.kunai.data.filter;

import dev.kunai.data.read.Condition;
import dev.kunai.data.read.Lookup;
import dev.kunai.validation.RequestValidationException;
import dev.kunai.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code ?search=} over declared text fields (Ninja Extra's {@code @searching}, DRF's {@code SearchFilter}):
 * the text is split into terms on spaces and commas; every term must match at least one field. A field's
 * prefix picks the match: none {@code icontains}, {@code ^} starts-with, {@code =} exact (case-insensitive),
 * {@code @} full-text (PostgreSQL; elsewhere every word contained), {@code $} regular expression (PostgreSQL
 * and H2). Fields may cross a relation ({@code tags.name}). Terms are bound values, never SQL.
 *
 * <pre>{@code
 * static final Searching SEARCH = Searching.fields("^title", "tags.name");
 * }</pre>
 */
public final class Searching {

    /** Most terms in one search; more is a 422. */
    public static final int MAX_TERMS = 10;

    /** Longest search text (characters); longer is a 422. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern SPLIT = Pattern.compile("[\\s,]+");

    private record Field(String path, Lookup lookup) {}

    private final List<Field> fields;

    private Searching(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** Searches these fields (each optionally prefixed by {@code ^ = @ $}); at least one. */
    public static Searching fields(String... fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("Searching needs at least one field");
        }
        List<Field> parsed = new ArrayList<>(fields.length);
        for (String field : fields) {
            Objects.requireNonNull(field, "field");
            Lookup lookup = switch (field.isEmpty() ? ' ' : field.charAt(0)) {
                case '^' -> Lookup.ISTARTSWITH;
                case '=' -> Lookup.IEXACT;
                case '@' -> Lookup.SEARCH;
                case '$' -> Lookup.IREGEX;
                default -> Lookup.ICONTAINS;
            };
            String path = lookup == Lookup.ICONTAINS ? field : field.substring(1);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("A search field needs a name: '" + field + "'");
            }
            parsed.add(new Field(path, lookup));
        }
        return new Searching(parsed);
    }

    /**
     * The condition of {@code search} (the {@code ?search=} value): empty when absent or blank; a 422 when
     * it has more than {@link #MAX_TERMS} terms, more than {@link #MAX_LENGTH} characters, or a term that is
     * not a valid regular expression for a {@code $} field.
     */
    public Optional<Condition> condition(Optional<String> search) {
        if (search.isEmpty() || search.get().isBlank()) {
            return Optional.empty();
        }
        String text = search.get().strip();
        if (text.length() > MAX_LENGTH) {
            throw invalid("string_too_long", "Search text should have at most " + MAX_LENGTH + " characters");
        }
        String[] terms = SPLIT.split(text);
        if (terms.length > MAX_TERMS) {
            throw invalid("too_long", "Search text should have at most " + MAX_TERMS + " terms");
        }
        List<Condition> all = new ArrayList<>(terms.length);
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            List<Condition> any = new ArrayList<>(fields.size());
            for (Field field : fields) {
                if (field.lookup() == Lookup.IREGEX) {
                    checkRegex(term);
                }
                any.add(Condition.of(field.path(), field.lookup(), term));
            }
            all.add(Condition.or(any));
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(Condition.and(all));
    }

    private static void checkRegex(String term) {
        try {
            Pattern.compile(term);
        } catch (PatternSyntaxException e) {
            throw invalid("regex", "Search term is not a valid regular expression");
        }
    }

    private static RequestValidationException invalid(String type, String message) {
        return new RequestValidationException(List.of(new ValidationError(type, List.of("query", "search"), message)));
    }
}
