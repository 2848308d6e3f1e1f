package dev.kunai.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How a server adapter listens and which protocol limits it enforces. Create with {@link #builder()};
 * every value has a documented default suited to development.
 *
 * @param host              interface to bind (default {@code 127.0.0.1})
 * @param port              TCP port; 0 picks a free one (default 8000)
 * @param maxRequestHeaderBytes largest request line + headers accepted, else 431/414 (default 8 KiB)
 * @param idleTimeout       how long an idle keep-alive connection stays open (default 30 s)
 * @param stopTimeout       how long a graceful stop waits for in-flight requests (default 10 s)
 * @param maxConcurrentRequests cap on requests handled at once; more wait in the accept queue (default 10,000)
 */
public record ServerOptions(
        String host,
        int port,
        int maxRequestHeaderBytes,
        Duration idleTimeout,
        Duration stopTimeout,
        int maxConcurrentRequests) {

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: 127.0.0.1:8000. */
    public static ServerOptions defaults() {
        return builder().build();
    }

    /** Builds {@link ServerOptions}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8000;
        private int maxRequestHeaderBytes = 8 * 1024;
        private Duration idleTimeout = Duration.ofSeconds(30);
        private Duration stopTimeout = Duration.ofSeconds(10);
        private int maxConcurrentRequests = 10_000;

        private Builder() {}

        /** Sets the interface to bind. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** Sets the port (0 = any free port). */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** Sets the largest accepted request line + headers, in bytes. */
        public Builder maxRequestHeaderBytes(int value) {
            this.maxRequestHeaderBytes = value;
            return this;
        }

        /** Sets the idle timeout of keep-alive connections and slow reads. */
        public Builder idleTimeout(Duration value) {
            this.idleTimeout = Objects.requireNonNull(value, "idleTimeout");
            return this;
        }

        /** Sets how long a graceful stop waits for in-flight requests. */
        public Builder stopTimeout(Duration value) {
            this.stopTimeout = Objects.requireNonNull(value, "stopTimeout");
            return this;
        }

        /** Sets the cap on concurrently handled requests. */
        public Builder maxConcurrentRequests(int value) {
            this.maxConcurrentRequests = value;
            return this;
        }

        /** Returns the options. */
        public ServerOptions build() {
            return new ServerOptions(
                    host, port, maxRequestHeaderBytes, idleTimeout, stopTimeout, maxConcurrentRequests);
        }
    }
}
