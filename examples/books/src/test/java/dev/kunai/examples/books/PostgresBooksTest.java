package dev.kunai.examples.books;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.data.db.Db;
import dev.kunai.test.KunaiTest;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The Books contract on real PostgreSQL (skipped without a server unless CI is set). */
@KunaiTest(controllers = BookController.class, database = "postgres")
class PostgresBooksTest extends BooksContract {

    @Test
    void runsInADatabaseOfItsOwnNotInTheSharedOne(Db db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            assertThat(connection.getCatalog()).startsWith("kunai_test_").isNotEqualTo("test");
        }
    }
}
