package dev.kunai.routing;

/**
 * A request path split into segments and percent-decoded once, after Kunai's rules for ambiguous URIs. The
 * same rules apply to every transport (the in-process test client and the socket server), so a path gets one
 * answer everywhere:
 *
 * <ul>
 *   <li>each segment is percent-decoded on its own, so {@code %2F} inside a segment is data, never a separator,
 *       and {@code caf%C3%A9} equals {@code café} (RFC 3986 §6.2.2);
 *   <li>a malformed escape or invalid UTF-8 is refused;
 *   <li>a dot segment ({@code .} or {@code ..}, also when encoded as {@code %2E}) is refused: clients remove
 *       them before sending (RFC 3986 §5.2.4), and resolving them on the server would let a handler see paths
 *       the client never meant;
 *   <li>an empty segment other than a trailing one ({@code //}) is refused instead of being collapsed.
 * </ul>
 *
 * A refused path is answered 400 with Kunai's error body, whether or not a route would match it.
 */
public final class RequestPath {

    private final String raw;
    private final String[] segments;
    private final int[] starts;

    private RequestPath(String raw, String[] segments, int[] starts) {
        this.raw = raw;
        this.segments = segments;
        this.starts = starts;
    }

    /**
     * Splits and decodes a raw path that starts with {@code /}.
     *
     * @param raw the path as received, still percent-encoded, without the query
     * @return the parsed path
     * @throws IllegalArgumentException with the reason, when the path breaks one of the rules above
     */
    public static RequestPath parse(String raw) {
        if (raw.isEmpty() || raw.charAt(0) != '/') {
            throw new IllegalArgumentException("The request path must start with '/'");
        }
        int count = 1;
        for (int i = 1; i < raw.length(); i++) {
            if (raw.charAt(i) == '/') {
                count++;
            }
        }
        String[] segments = new String[count];
        int[] starts = new int[count];
        int start = 1;
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            int end = last ? raw.length() : raw.indexOf('/', start);
            String segment = PercentDecoder.decode(raw.substring(start, end), false);
            if (segment.isEmpty() && !last) {
                throw new IllegalArgumentException("Ambiguous request path: empty segment ('//')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("Ambiguous request path: dot segment ('" + segment + "')");
            }
            segments[i] = segment;
            starts[i] = start;
            start = end + 1;
        }
        return new RequestPath(raw, segments, starts);
    }

    /** The number of segments ({@code /} has one, empty, segment; a trailing slash adds an empty one). */
    public int size() {
        return segments.length;
    }

    /** The decoded segment number {@code index} (0-based). */
    public String segment(int index) {
        return segments[index];
    }

    /** The decoded rest of the path from segment {@code index} on, slashes included. */
    public String rest(int index) {
        return PercentDecoder.decode(raw.substring(starts[index]), false);
    }
}
