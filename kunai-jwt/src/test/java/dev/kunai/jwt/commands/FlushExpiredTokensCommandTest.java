package dev.kunai.jwt.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.app.commands.ManageCommand;
import dev.kunai.app.settings.Settings;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.jwt.blacklist.DbTokenBlacklist;
import dev.kunai.jwt.blacklist.OutstandingToken;
import dev.kunai.jwt.support.JwtTestDbs;
import dev.kunai.test.CommandOutput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flushexpiredtokens} against a real H2 file database built by the migrations. */
class FlushExpiredTokensCommandTest {

    @TempDir
    Path dir;

    private Database database() {
        return JwtTestDbs.install(Database.of("h2:file:" + dir.resolve("db")));
    }

    private KunaiApp app() {
        return Kunai.app().settings(Settings.of(Map.of(), name -> null)).database(database());
    }

    private void seed() {
        Instant now = Instant.now();
        try (Db db = Db.open(database())) {
            DbTokenBlacklist blacklist = new DbTokenBlacklist(db);
            blacklist.outstanding("expired", "1", now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)));
            blacklist.outstanding("live", "1", now, now.plus(Duration.ofHours(1)));
            blacklist.blacklist("expired-blacklisted", "1", now.minus(Duration.ofMinutes(1)));
            blacklist.blacklist("live-blacklisted", "1", now.plus(Duration.ofDays(1)));
        }
    }

    private List<String> remaining() {
        try (Db db = Db.open(database())) {
            return db.read(s -> s.all(OutstandingToken.class)).stream()
                    .map(t -> t.toString())
                    .toList();
        }
    }

    @Test
    void theProjectCommandDeletesTheExpiredRowsAndKeepsTheLiveOnes() throws Exception {
        seed();

        CommandOutput run = CommandOutput.capture(() -> ManageCommand.execute(app(), "flushexpiredtokens"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Deleted 2 expired tokens." + System.lineSeparator());
        assertThat(remaining()).hasSize(2);
    }

    @Test
    void itReportsHowManyRowsItDeleted() {
        seed();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = new FlushExpiredTokensCommand(
                        app(), Clock.systemUTC(), new PrintStream(out, true, StandardCharsets.UTF_8))
                .call();

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("Deleted 2 expired tokens." + System.lineSeparator());
        assertThat(remaining()).hasSize(2);
    }
}
