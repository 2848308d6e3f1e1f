package dev.kunai.bench.baseline;

import dev.kunai.bench.books.BookPage;
import dev.kunai.bench.books.BookSchema;
import dev.kunai.bench.books.BookTagSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Pages of the Books tables in plain JDBC, the same three statements Kunai's planned read runs for
 * {@code GET /api/books/page?title=...&limit=...&offset=...}: the page's book rows (filtered, ordered by id,
 * limited), the {@code count(*)} of the filter, and the tags of the page's books ({@code in (...)}).
 */
final class BookPages {

    private static final char ESCAPE = '!';
    private static final String TITLE_FILTER = " where lower(r.title) like ? escape '" + ESCAPE + "'";

    private final DataSource dataSource;

    BookPages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The books whose title contains {@code title} (case-insensitive; every book when empty), ordered by id,
     * {@code limit} of them from {@code offset}, with the count of all that match; commits its read.
     */
    BookPage page(Optional<String> title, int limit, int offset) throws SQLException {
        String where = title.isPresent() ? TITLE_FILTER : "";
        String pattern =
                title.map(t -> "%" + escape(t.toLowerCase(Locale.ROOT)) + "%").orElse("");
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, String> titles = new LinkedHashMap<>();
            try (PreparedStatement rows = connection.prepareStatement(
                    "select r.id, r.title from book r" + where + " order by r.id limit ? offset ?")) {
                int i = bindTitle(rows, title, pattern);
                rows.setLong(i, limit);
                rows.setLong(i + 1, offset);
                try (ResultSet result = rows.executeQuery()) {
                    while (result.next()) {
                        titles.put(result.getLong(1), result.getString(2));
                    }
                }
            }
            long count;
            try (PreparedStatement counting = connection.prepareStatement("select count(*) from book r" + where)) {
                bindTitle(counting, title, pattern);
                try (ResultSet result = counting.executeQuery()) {
                    result.next();
                    count = result.getLong(1);
                }
            }
            List<BookSchema> items = withTags(connection, titles);
            connection.commit();
            return new BookPage(items, count);
        }
    }

    private static int bindTitle(PreparedStatement statement, Optional<String> title, String pattern)
            throws SQLException {
        if (title.isEmpty()) {
            return 1;
        }
        statement.setString(1, pattern);
        return 2;
    }

    /** The books of {@code titles} (id → title, in page order) with their tags, read with one statement. */
    private static List<BookSchema> withTags(Connection connection, Map<Long, String> titles) throws SQLException {
        if (titles.isEmpty()) {
            return List.of();
        }
        Map<Long, List<BookTagSchema>> tags = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder(
                "select j.book_id, c.id, c.name from book_tags j join tag c on c.id = j.tags_id where j.book_id in (");
        for (Long id : titles.keySet()) {
            sql.append(tags.isEmpty() ? "?" : ", ?");
            tags.put(id, new ArrayList<>(2));
        }
        sql.append(") order by j.book_id, c.id");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int i = 1;
            for (Long id : titles.keySet()) {
                select.setLong(i++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tags.get(rows.getLong(1)).add(new BookTagSchema(rows.getLong(2), rows.getString(3)));
                }
            }
        }
        List<BookSchema> books = new ArrayList<>(titles.size());
        titles.forEach((id, title) -> books.add(new BookSchema(id, title, tags.get(id))));
        return books;
    }

    /** {@code text} with the {@code like} wildcards and the escape character escaped. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
