package dev.kunai.data.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Runs planned SQL on a unit of work's connection the way Hibernate's own statement preparer would be seen
 * from outside — the statement is logged by {@code org.hibernate.SQL}, counted in the session factory's
 * statistics (prepared and closed), and a failure is converted by the dialect's exception helper (so a
 * lost connection is a {@code JDBCConnectionException}) — without needing a Hibernate session.
 */
final class Statements {

    private final JdbcServices jdbc;
    private final StatisticsImplementor statistics;

    /** Statements logged, counted and converted as {@code factory}'s own are. */
    Statements(SessionFactoryImplementor factory) {
        this.jdbc = factory.getJdbcServices();
        this.statistics = factory.getStatistics();
    }

    /**
     * Runs {@code sql} on {@code connection} with {@code params} bound; each tuple holds {@code types}'
     * columns, in order. Throws Hibernate's {@code JDBCException} (converted by the dialect) on failure.
     */
    List<Object[]> query(Connection connection, String sql, List<Object> params, Class<?>[] types) {
        jdbc.getSqlStatementLogger().logStatement(sql);
        boolean counted = statistics.isStatisticsEnabled();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (counted) {
                statistics.prepareStatement();
            }
            try {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                try (ResultSet results = statement.executeQuery()) {
                    List<Object[]> tuples = new ArrayList<>();
                    while (results.next()) {
                        Object[] tuple = new Object[types.length];
                        for (int i = 0; i < types.length; i++) {
                            tuple[i] = results.getObject(i + 1, types[i]);
                        }
                        tuples.add(tuple);
                    }
                    return tuples;
                }
            } finally {
                if (counted) {
                    statistics.closeStatement();
                }
            }
        } catch (SQLException e) {
            throw jdbc.getSqlExceptionHelper().convert(e, "Schema read failed", sql);
        }
    }
}
