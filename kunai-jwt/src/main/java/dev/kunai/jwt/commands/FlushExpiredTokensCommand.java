package dev.kunai.jwt.commands;

import dev.kunai.app.KunaiApp;
import dev.kunai.app.commands.ProjectCommand;
import dev.kunai.data.db.Db;
import dev.kunai.jwt.blacklist.DbTokenBlacklist;
import dev.kunai.jwt.blacklist.OutstandingToken;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code flushexpiredtokens}: deletes the blacklist's records of tokens that have expired (django-ninja-jwt's
 * command of the same name), blacklisted or not; an expired token is rejected anyway. Run it from cron.
 */
@Command(
        name = "flushexpiredtokens",
        mixinStandardHelpOptions = true,
        description = "Deletes expired tokens from the token blacklist.")
public final class FlushExpiredTokensCommand implements Callable<Integer> {

    private final KunaiApp app;
    private final Clock clock;
    private final PrintStream out;

    /** The command over {@code app}'s primary database, judging expiry by {@code clock} and reporting to {@code out}. */
    public FlushExpiredTokensCommand(KunaiApp app, Clock clock, PrintStream out) {
        this.app = app;
        this.clock = clock;
        this.out = out;
    }

    @Override
    public Integer call() {
        Db db = app.openDb().orElseThrow(() -> new IllegalStateException("This project has no database configured"));
        try (db) {
            if (db.sessionFactory().getMetamodel().getEntities().stream()
                    .noneMatch(e -> e.getJavaType() == OutstandingToken.class)) {
                throw new IllegalStateException("kunai-jwt's blacklist is not among the database's entities:"
                        + " configure it with KunaiJwt.install(database)");
            }
            int deleted = new DbTokenBlacklist(db, clock).flushExpired(clock.instant());
            out.println("Deleted " + deleted + " expired token" + (deleted == 1 ? "" : "s") + ".");
            return 0;
        }
    }

    /** Registers {@code flushexpiredtokens} with every application that has kunai-jwt on its classpath. */
    public static final class Registration implements ProjectCommand {
        /** Found by {@link java.util.ServiceLoader}. */
        public Registration() {}

        @Override
        public String name() {
            return "flushexpiredtokens";
        }

        @Override
        public Object create(KunaiApp app) {
            return new FlushExpiredTokensCommand(app, Clock.systemUTC(), System.out);
        }
    }
}
