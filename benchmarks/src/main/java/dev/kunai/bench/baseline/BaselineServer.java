package dev.kunai.bench.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kunai.json.Json;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * "The limit": the Books HTTP contract hand-written on Jetty core ({@code VirtualThreadPool}), Jackson and
 * plain JDBC over HikariCP on an in-memory H2 database seeded with 10 books x 2 tags. No framework, no router.
 *
 * <p>Run: {@code java -cp benchmarks/target/classes:benchmarks/target/lib/* dev.kunai.bench.baseline.BaselineServer [port]}
 */
public final class BaselineServer implements AutoCloseable {

    /** Port used when neither an argument nor {@code -Dport} is given. */
    public static final int DEFAULT_PORT = 8081;
    /** The only interface the benchmark server listens on. */
    public static final String HOST = "127.0.0.1";
    /** The benchmark database: a fresh H2 in-memory database per process. */
    public static final String DEFAULT_JDBC_URL = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
    /** Connection pool size used when {@code -Dpool.size} is not given. */
    public static final int DEFAULT_POOL_SIZE = 10;

    private final Server server;
    private final ServerConnector connector;
    private final HikariDataSource dataSource;

    private BaselineServer(Server server, ServerConnector connector, HikariDataSource dataSource) {
        this.server = server;
        this.connector = connector;
        this.dataSource = dataSource;
    }

    /**
     * Creates and seeds the database at {@code jdbcUrl} (it must be empty), then serves the Books API on
     * {@code host:port} ({@code port} 0 picks a free port).
     */
    public static BaselineServer start(String host, int port, String jdbcUrl) throws Exception {
        HikariDataSource dataSource = dataSource(jdbcUrl);
        try {
            BookStore store = BookStore.over(dataSource);
            store.createSchema();
            store.seed();
            Server server = new Server(new VirtualThreadPool());
            ServerConnector connector = new ServerConnector(server);
            connector.setHost(host);
            connector.setPort(port);
            server.addConnector(connector);
            server.setHandler(BooksHandler.of(store, new BookPages(dataSource), strictMapper()));
            server.start();
            return new BaselineServer(server, connector, dataSource);
        } catch (Exception e) {
            dataSource.close();
            throw e;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server, then closes the connection pool. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            System.getLogger(BaselineServer.class.getName())
                    .log(System.Logger.Level.WARNING, "Stopping Jetty failed", e);
        } finally {
            dataSource.close();
        }
    }

    /** Starts the server on {@code 127.0.0.1:<port>} (first argument, else {@code -Dport}, else 8081). */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        long mainStarted = System.nanoTime();
        int port = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("port", DEFAULT_PORT);
        BaselineServer baseline = start(HOST, port, DEFAULT_JDBC_URL);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(baseline::close));
        System.out.println("Baseline Books API ready on http://" + HOST + ":" + baseline.port() + "/api/ (main took "
                + (System.nanoTime() - mainStarted) / 1_000_000 + " ms)");
        baseline.join();
    }

    /** Kunai's JSON configuration, plus: a number or boolean is not a string (as in Ninja/pydantic). */
    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = Json.create();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static HikariDataSource dataSource(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("baseline");
        config.setJdbcUrl(jdbcUrl);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(Integer.getInteger("pool.size", DEFAULT_POOL_SIZE));
        return new HikariDataSource(config);
    }
}
