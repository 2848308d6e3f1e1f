package dev.kunai.data.db;

import java.sql.Connection;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The stateless session {@link Session#insert} writes through, opened by a unit of work's first insert: on the
 * unit of work's own connection with a Hibernate transaction begun (Hibernate batches a stateless session's entity
 * inserts only inside a transaction it knows of), or as a child of Hibernate's session when that owns the
 * connection (request-scoped sessions: its connection, transaction and JDBC batch). Inserts wait in JDBC batches
 * until {@link #send()}, which the unit of work calls before anything else it runs and before it commits.
 */
final class Inserts {

    private final StatelessSession session;
    private final boolean ownTransaction;

    private Inserts(StatelessSession session, boolean ownTransaction, int batchSize) {
        this.session = session;
        this.ownTransaction = ownTransaction;
        session.setJdbcBatchSize(batchSize);
    }

    /** A stateless session on {@code connection}, its transaction begun; {@link #commit()} or {@link #rollback()} ends it. */
    static Inserts onConnection(SessionFactory factory, Connection connection) {
        StatelessSession session =
                factory.withStatelessOptions().connection(connection).openStatelessSession();
        session.beginTransaction();
        return new Inserts(session, true, configuredBatchSize(factory));
    }

    /** A stateless child of {@code parent}: its connection, its transaction, its batch size. */
    static Inserts childOf(org.hibernate.Session parent) {
        Integer batchSize = parent.getJdbcBatchSize();
        return new Inserts(
                parent.statelessWithOptions().connection().open(),
                false,
                batchSize != null ? batchSize : configuredBatchSize(parent.getSessionFactory()));
    }

    private static int configuredBatchSize(SessionFactory factory) {
        return factory.unwrap(SessionFactoryImplementor.class)
                .getSessionFactoryOptions()
                .getJdbcBatchSize();
    }

    /** Inserts {@code entity} (Bean Validation first), batched with the inserts of the same table before it. */
    void insert(Object entity) {
        session.insert(entity);
    }

    /** Sends the inserts still waiting in the JDBC batch. */
    void send() {
        batches().executeBatch();
    }

    /** Drops the inserts still waiting in the JDBC batch (the unit of work is rolling back). */
    void drop() {
        batches().abortBatch();
    }

    /** Ends the transaction this session began, if it began one (the connection's commit is its owner's). */
    void commit() {
        if (ownTransaction) {
            session.getTransaction().commit();
        }
    }

    /** Rolls back the transaction this session began, if it began one and it is still active. */
    void rollback() {
        if (ownTransaction && session.getTransaction().isActive()) {
            session.getTransaction().rollback();
        }
    }

    /** Closes the stateless session; its connection stays with the unit of work. */
    void close() {
        session.close();
    }

    private JdbcCoordinator batches() {
        return session.unwrap(SharedSessionContractImplementor.class).getJdbcCoordinator();
    }
}
