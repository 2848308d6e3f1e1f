package dev.kunai.data.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.Tag;
import dev.kunai.data.support.Postgres;
import dev.kunai.testfixtures.StandardError;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * A lost or unreachable database is answered 503 {@code Database unavailable}, in milliseconds: which driver
 * failures count as connection failures, and a real lost connection on PostgreSQL (the session's own backend
 * terminated mid-transaction) turned into the 503 by {@link Db}, after which the pool serves again.
 */
class ConnectionFailureTest {

    @Test
    void connectionFailuresAreRecognisedAnywhereInTheCauseChain() {
        assertThat(DatabaseUnavailableException.isConnectionFailure(new SQLTransientConnectionException("timeout")))
                .isTrue();
        assertThat(DatabaseUnavailableException.isConnectionFailure(new SQLNonTransientConnectionException("gone")))
                .isTrue();
        assertThat(DatabaseUnavailableException.isConnectionFailure(
                        new IllegalStateException(new RuntimeException(new ConnectException("refused")))))
                .isTrue();
        assertThat(DatabaseUnavailableException.isConnectionFailure(
                        new JDBCConnectionException("lost", new SQLException("io"))))
                .isTrue();
        for (String state : new String[] {"08000", "08001", "08006", "57P01", "57P02", "57P03"}) {
            assertThat(DatabaseUnavailableException.isConnectionFailure(
                            new RuntimeException(new SQLException("x", state))))
                    .as("SQLState %s", state)
                    .isTrue();
        }
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailableException.isConnectionFailure(new IllegalStateException("boom")))
                .isFalse();
        assertThat(DatabaseUnavailableException.isConnectionFailure(new ConstraintViolationException(
                        "duplicate", new SQLIntegrityConstraintViolationException("dup", "23505"), "uk")))
                .isFalse();
        assertThat(DatabaseUnavailableException.isConnectionFailure(new SQLException("syntax", "42601")))
                .isFalse();
        assertThat(DatabaseUnavailableException.isConnectionFailure(new SQLException("no state")))
                .isFalse();
    }

    @Test
    void theUnavailableErrorIsA503WithKunaiDetail() {
        DatabaseUnavailableException error = DatabaseUnavailableException.create();
        assertThat(error.status()).isEqualTo(503);
        assertThat(error.detail()).isEqualTo("Database unavailable");
    }

    @Test
    void aConnectionLostMidTransactionIsA503AndThePoolRecovers() throws Exception {
        String name = Postgres.createDatabase(getClass());
        try (Db db = Db.open(
                Database.of(Postgres.url(name)).entities(Book.class, Tag.class).schemaFromModels())) {
            String log = StandardError.capture(() -> {
                assertThatThrownBy(() -> db.inTransaction(s -> {
                            s.persist(new Book("lost"));
                            s.flush();
                            // the server ends this very connection, as a restart or a network cut would
                            s.hibernate()
                                    .createNativeQuery("select pg_terminate_backend(pg_backend_pid())", Object.class)
                                    .getResultList();
                        }))
                        .isInstanceOf(DatabaseUnavailableException.class)
                        .hasMessageContaining("Database unavailable");
                assertThatThrownBy(() -> db.read(s -> s.hibernate()
                                .createNativeQuery("select pg_terminate_backend(pg_backend_pid())", Object.class)
                                .getResultList()))
                        .isInstanceOf(DatabaseUnavailableException.class);
            });
            // each outage is one WARN of Kunai's (and HikariCP retires the broken connection), not a trace
            assertThat(log.lines()
                            .filter(l -> l.contains("WARN dev.kunai.data.db.Db - Database 'default' unavailable")))
                    .hasSize(2);
            assertThat(log).contains("marked as broken because of SQLSTATE(57P01)");
            db.inTransaction(s -> s.persist(new Book("after")));
            List<Book> books = db.read(s -> s.all(Book.class));
            assertThat(books).extracting(Book::title).containsExactly("after");
        } finally {
            Postgres.dropDatabase(name);
        }
    }
}
