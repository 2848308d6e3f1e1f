package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes {@code ?search=} and {@code ?title=} of {@code GET /api/books/page} use an index on PostgreSQL:
 * trigram GIN indexes (the {@code pg_trgm} extension) on {@code lower(title)} and {@code lower(name)}, the very
 * expressions kunai-data writes for {@code icontains}, {@code istartswith} and {@code iexact}
 * ({@code lower(title) like '%term%'}), which a B-tree cannot serve. Without them such a search reads every row
 * (about 0.3 s at 1,000,000 books); with them PostgreSQL reads only the matching rows' pages.
 *
 * <p>A Java migration so that one version history serves every database: on H2 (tests, development) and any
 * other database it does nothing, and {@code makemigrations} numbers the next migration V3 on all of them.
 * {@code pg_trgm} ships with PostgreSQL and is a trusted extension (13+): the database's owner may create it.
 */
public class V2__Search_indexes extends BaseJavaMigration {

    /** Flyway creates it by reflection. */
    public V2__Search_indexes() {}

    /** Creates the extension and both indexes on PostgreSQL; nothing elsewhere. */
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            statement.execute("create index book_title_trgm on Book using gin (lower(title) gin_trgm_ops)");
            statement.execute("create index tag_name_trgm on Tag using gin (lower(name) gin_trgm_ops)");
            statement.execute("create index book_tag_tags on Book_Tag (tags_id)");
        }
    }
}
