package dev.kunai.app.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * A project's settings (Django's {@code settings.py}), 12-factor style: {@code kunai.properties} on the
 * classpath, then {@code ./kunai.properties}, then environment variables, each overriding the one before.
 * A key {@code server.port} is overridden by the variable {@code SERVER_PORT} (or {@code KUNAI_SERVER_PORT});
 * {@code database.url} by {@code DATABASE_URL}.
 */
public final class Settings {

    private final Map<String, String> values;
    private final Function<String, String> env;

    private Settings(Map<String, String> values, Function<String, String> env) {
        this.values = Map.copyOf(values);
        this.env = env;
    }

    /** Loads {@code kunai.properties} (classpath, then working directory) with environment overrides. */
    public static Settings load() {
        return load("kunai.properties", System::getenv);
    }

    /** Loads the named properties file with the given environment (for tests). */
    public static Settings load(String file, Function<String, String> env) {
        Map<String, String> values = new HashMap<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            if (in != null) {
                values.putAll(read(in));
            }
            Path local = Path.of(file);
            if (Files.isRegularFile(local)) {
                try (InputStream localIn = Files.newInputStream(local)) {
                    values.putAll(read(localIn));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new Settings(values, env);
    }

    /** Settings from a map only (no files), with the given environment. */
    public static Settings of(Map<String, String> values, Function<String, String> env) {
        return new Settings(values, env);
    }

    private static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        Map<String, String> out = new HashMap<>();
        properties
                .stringPropertyNames()
                .forEach(k -> out.put(k, properties.getProperty(k).strip()));
        return out;
    }

    /** The value of {@code key}, environment first. */
    public Optional<String> get(String key) {
        String variable = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        String fromEnv = env.apply("KUNAI_" + variable);
        if (fromEnv == null) {
            fromEnv = env.apply(variable);
        }
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    /** The value of {@code key} or {@code fallback}. */
    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** An integer setting; a malformed value stops start-up with a message naming the key. */
    public int getInt(String key, int fallback) {
        return get(key).map(v -> parse(key, v, Integer::parseInt)).orElse(fallback);
    }

    /** A long setting. */
    public long getLong(String key, long fallback) {
        return get(key).map(v -> parse(key, v, Long::parseLong)).orElse(fallback);
    }

    /** A boolean setting ({@code true}/{@code false}). */
    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(v -> parse(key, v, s -> switch (s.toLowerCase(Locale.ROOT)) {
                    case "true", "1", "yes", "on" -> true;
                    case "false", "0", "no", "off" -> false;
                    default -> throw new IllegalArgumentException();
                }))
                .orElse(fallback);
    }

    /** A duration setting in seconds (e.g. {@code 10}) or ISO-8601 ({@code PT10S}). */
    public Duration getDuration(String key, Duration fallback) {
        return get(key).map(v -> parse(
                        key,
                        v,
                        s -> s.startsWith("P") || s.startsWith("p")
                                ? Duration.parse(s)
                                : Duration.ofMillis((long) (Double.parseDouble(s) * 1000))))
                .orElse(fallback);
    }

    private static <T> T parse(String key, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Setting '" + key + "' has an invalid value: '" + value + "'");
        }
    }
}
