package dev.kunai.data.db;

import dev.kunai.data.Schemas;
import dev.kunai.data.read.ReadSource;
import dev.kunai.data.read.ReadSpec;
import dev.kunai.data.read.SchemaReader;
import dev.kunai.data.read.Slice;
import dev.kunai.data.schema.EntityModel;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.jpa.event.spi.CallbackType;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaRoot;

/**
 * What a {@link Db#read} or {@link Db#transaction} lambda receives: Hibernate's session with one-liners for
 * the common cases (the tutorial's {@code acreate}, {@code afirst}, {@code all()}) and schema-driven reads
 * that return ModelSchema records directly. Conditions are HQL on the entity aliased {@code e}, with
 * positional parameters {@code ?1, ?2…}. Valid only inside its lambda; not thread-safe.
 *
 * <p>In a {@link Db#read} or a {@link Db#transaction} the Hibernate session is opened only when something needs it
 * (an entity query or write, {@link #hibernate()}, a read planned SQL cannot express): schema-driven reads that
 * planned SQL serves and {@link #insert}s run on the unit of work's pooled connection alone, with no persistence
 * context.
 */
@dev.kunai.inject.RequestScoped
public final class Session {

    private final org.hibernate.SessionFactory factory;
    private final ReadSource source = new Source();
    // The unit of work's own pooled connection (Hibernate's session, if one opens, runs on it); empty when
    // Hibernate's session owns the connection (request-scoped sessions).
    private final Optional<Connection> owned;
    // Whether this unit of work writes (a transaction) or only reads.
    private final boolean writes;
    // Open from the start when Hibernate owns the connection; otherwise opened on first use (closed by release()).
    private org.hibernate.Session session;
    // insert()'s stateless session, opened by the first insert (closed by release() or closeInserts()).
    private Inserts inserts;

    /** A session over Hibernate's {@code session}, which owns the connection (request-scoped sessions). */
    Session(org.hibernate.Session session) {
        this.factory = session.getSessionFactory();
        this.session = session;
        this.owned = Optional.empty();
        this.writes = true;
    }

    /**
     * A session on {@code connection}, whose transaction its owner ends (see {@link #commit}): Hibernate's session
     * opens there when first needed, read-only and never flushed unless {@code writes}.
     */
    Session(org.hibernate.SessionFactory factory, Connection connection, boolean writes) {
        this.factory = factory;
        this.owned = Optional.of(connection);
        this.writes = writes;
    }

    /**
     * Ends the transaction on the owned connection: sends the inserts still batched, flushes Hibernate's
     * session if one opened, ends the Hibernate transactions this unit of work began on it, then
     * commits the connection itself (what a session-less read or an insert-only transaction wrote).
     *
     * @throws SQLException if the database refuses the commit
     */
    void commit() throws SQLException {
        sendInserts();
        if (session != null && writes) {
            // Flushed here rather than inside commit(), which wraps a refused row in a RollbackException: a
            // constraint the database enforces fails the same way for managed changes as for inserts.
            session.flush();
            session.getTransaction().commit();
        }
        if (inserts != null) {
            inserts.commit();
        }
        owned.orElseThrow().commit();
    }

    /** Rolls the owned connection's transaction back after {@code failure}, adding any further failure to it. */
    void rollback(Throwable failure) {
        try {
            dropInserts();
        } catch (RuntimeException dropFailure) {
            failure.addSuppressed(dropFailure);
        }
        try {
            if (session != null && writes && session.getTransaction().isActive()) {
                session.getTransaction().rollback();
            }
            if (inserts != null) {
                inserts.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
        try {
            owned.orElseThrow().rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** Closes the Hibernate sessions this unit of work opened; the connection stays with its owner. */
    void release() {
        closeInserts();
        if (owned.isPresent() && session != null) {
            session.close();
        }
    }

    /** Makes {@code entity} persistent (inserted at flush or commit) and returns it. */
    public <E> E persist(E entity) {
        hibernate().persist(entity);
        return entity;
    }

    /**
     * Saves {@code entity} with its generated id set and returns it: Django's {@code create}. With sequence
     * ids (the default) the id is assigned at once and the insert joins the others in one JDBC batch at
     * commit; only an entity whose id is still unknown (identity columns) is flushed immediately.
     */
    public <E> E create(E entity) {
        hibernate().persist(entity);
        if (hibernate().getIdentifier(entity) == null) {
            hibernate().flush();
        }
        return entity;
    }

    /**
     * Inserts {@code entity} with its generated id set, plus the rows of the collections it owns (its
     * {@code @ManyToMany} links), and returns it — without making it managed: no persistence context, no dirty
     * check at commit. The cheapest way to write new rows, for units of work that only add them (a create
     * endpoint). The insert is validated (Bean Validation) like {@link #create}'s and belongs to the
     * transaction: it rolls back with it. Inserts are sent as JDBC batches, one per table in a row, before
     * anything else this session runs and at commit. An entity class with {@code @PrePersist} callbacks is
     * persisted and flushed at once instead (the managed way: the callback's values are written).
     *
     * <p>Set everything the row and its links need <em>before</em> the call: later changes to {@code entity}
     * are not saved. Insert an entity before the ones that refer to it (tags, then the book that lists them).
     * A later {@link #find} of the same id loads a new managed copy.
     *
     * @throws IllegalStateException in a {@link Db#read}, which writes nothing
     */
    public <E> E insert(E entity) {
        if (!writes) {
            throw new IllegalStateException("insert() writes: call it in Db.transaction, not in Db.read");
        }
        if (callbacks().hasRegisteredCallbacks(entity.getClass(), CallbackType.PRE_PERSIST)) {
            // A stateless insert reads the row's values before it runs @PrePersist: what the callback sets
            // would be lost. Such entities take the managed path, written now so that the order holds.
            hibernate().persist(entity);
            hibernate().flush();
            return entity;
        }
        inserter().insert(entity);
        return entity;
    }

    private CallbackRegistry callbacks() {
        return factory.unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                .getEventEngine()
                .getCallbackRegistry();
    }

    private Inserts inserter() {
        if (inserts == null) {
            inserts = owned.isPresent() ? Inserts.onConnection(factory, owned.get()) : Inserts.childOf(session);
        }
        return inserts;
    }

    /** Sends the inserts still waiting in the JDBC batch (before other statements and before commit). */
    void sendInserts() {
        if (inserts != null) {
            inserts.send();
        }
    }

    /** Drops the inserts still waiting in the JDBC batch (the transaction is rolling back). */
    void dropInserts() {
        if (inserts != null) {
            inserts.drop();
        }
    }

    /**
     * Closes the stateless session the inserts went through (its connection is this session's and stays open), once
     * the transaction has committed or rolled back.
     */
    void closeInserts() {
        if (inserts != null) {
            inserts.close();
            inserts = null;
        }
    }

    /** Hibernate's session as it is, without sending pending inserts (for committing or rolling back). */
    org.hibernate.Session raw() {
        return session;
    }

    /** Deletes {@code entity}. */
    public void remove(Object entity) {
        hibernate().remove(entity);
    }

    /** Writes pending changes to the database now. */
    public void flush() {
        hibernate().flush();
    }

    /** The entity of type {@code type} with id {@code id}, if there is one. */
    public <E> Optional<E> find(Class<E> type, Object id) {
        return Optional.ofNullable(hibernate().find(type, id));
    }

    /** All entities of {@code type}, ordered by id. */
    public <E> List<E> all(Class<E> type) {
        return query(type, Optional.empty(), new Object[0]).getResultList();
    }

    /** The entities of {@code type} matching {@code condition} (HQL, entity aliased {@code e}), ordered by id. */
    public <E> List<E> filter(Class<E> type, String condition, Object... params) {
        return query(type, Optional.of(condition), params).getResultList();
    }

    /**
     * The entity of {@code type} with the lowest id, if any. Built as a criteria query, not HQL: there is no text to
     * parse, so an application whose only query at start-up is this one (a seeder's "is it empty?") does not load
     * and warm up Hibernate's HQL parser before its first response.
     */
    public <E> Optional<E> first(Class<E> type) {
        HibernateCriteriaBuilder criteria = hibernate().getCriteriaBuilder();
        JpaCriteriaQuery<E> query = criteria.createQuery(type);
        JpaRoot<E> entity = query.from(type);
        query.select(entity)
                .orderBy(criteria.asc(entity.get(EntityModel.of(type).id().name())));
        return hibernate().createSelectionQuery(query).setMaxResults(1).getResultList().stream()
                .findFirst();
    }

    /** The matching entity with the lowest id, if any. */
    public <E> Optional<E> first(Class<E> type, String condition, Object... params) {
        return query(type, Optional.of(condition), params).setMaxResults(1).getResultList().stream()
                .findFirst();
    }

    /**
     * The entity of {@code type} with the lowest id that {@code where} matches (a {@link dev.kunai.data.read.Condition}
     * tree, as the schema-driven reads take it), if any.
     *
     * @throws IllegalArgumentException when the condition names a field or relation the entity does not have
     */
    public <E> Optional<E> first(Class<E> type, dev.kunai.data.read.Condition where) {
        return dev.kunai.data.read.EntityReads.list(hibernate(), type, where, 1).stream()
                .findFirst();
    }

    private <E> SelectionQuery<E> query(Class<E> type, Optional<String> condition, Object[] params) {
        EntityModel model = EntityModel.of(type);
        String hql = "select e from " + model.entityName() + " e"
                + condition.map(c -> " where " + c).orElse("") + " order by e."
                + model.id().name();
        SelectionQuery<E> query = hibernate().createSelectionQuery(hql, type);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }

    /** All {@code entity} rows as {@code schema} records, ordered by id: only the needed columns, one query per relation level. */
    public <E, S> List<S> all(Class<E> entity, Class<S> schema) {
        return cast(reader(entity, schema).listAll(source), schema);
    }

    /** The matching rows as {@code schema} records, ordered by id (a schema-driven {@link #filter(Class, String, Object...)}). */
    public <E, S> List<S> filter(Class<E> entity, Class<S> schema, String condition, Object... params) {
        return cast(reader(entity, schema).list(hibernate(), Optional.of(condition), params, 0), schema);
    }

    /**
     * The rows {@code spec} selects as {@code schema} records — filtered, ordered, windowed (offset/limit or
     * a cursor's keyset) and counted by the database: one statement for the page of rows, one per relation
     * level for that page's ids, plus one {@code count(*)} when the spec asks for it. Values are bound
     * parameters. Throws IllegalArgumentException when the spec names a field the entity does not have.
     */
    @SuppressWarnings("unchecked")
    public <E, S> Slice<S> list(Class<E> entity, Class<S> schema, ReadSpec spec) {
        java.util.Objects.requireNonNull(spec, "spec");
        return (Slice<S>) (Slice<?>) reader(entity, schema).read(source, spec);
    }

    /**
     * A pagination {@link dev.kunai.pagination.Source} over the rows {@code spec} filters and orders: each
     * window a paginator asks for is one {@link #list(Class, Class, ReadSpec)} call with the window's offset,
     * limit, count and keyset. A cursor whose keyset does not fit the order, or that was made in another order
     * ({@code ?ordering=} changed between pages), is a 400 ("Invalid cursor").
     */
    public <E, S> dev.kunai.pagination.Source<S> source(Class<E> entity, Class<S> schema, ReadSpec spec) {
        java.util.Objects.requireNonNull(spec, "spec");
        reader(entity, schema);
        return SchemaPages.source(this, entity, schema, spec);
    }

    /** The row with id {@code id} as a {@code schema} record, if there is one. */
    public <E, S> Optional<S> find(Class<E> entity, Object id, Class<S> schema) {
        return reader(entity, schema).find(hibernate(), id).map(schema::cast);
    }

    /** The row with the lowest id as a {@code schema} record, if any. */
    public <E, S> Optional<S> first(Class<E> entity, Class<S> schema) {
        return cast(reader(entity, schema).list(hibernate(), Optional.empty(), new Object[0], 1), schema).stream()
                .findFirst();
    }

    /** {@code entity} mapped to {@code schema} (same as {@link Schemas#map}). */
    public <S> S map(Object entity, Class<S> schema) {
        return Schemas.map(entity, schema);
    }

    /**
     * Hibernate's own session, for everything else. It is opened here on first use, on the unit of work's
     * connection: in a {@link Db#read} read-only and never flushed; in a {@link Db#transaction} with its
     * transaction begun, flushed before queries and at commit. A transaction that only {@link #insert}s and reads
     * schemas never opens it.
     */
    public org.hibernate.Session hibernate() {
        sendInserts();
        if (session == null) {
            session = factory.withOptions().connection(owned.orElseThrow()).openSession();
            if (writes) {
                session.beginTransaction();
            } else {
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
            }
        }
        return session;
    }

    /** The same session as a Jakarta Persistence {@code EntityManager}. */
    public EntityManager entityManager() {
        return hibernate();
    }

    /** This unit of work as the schema reader sees it: its mapping, its connection, its (lazy) session. */
    private final class Source implements ReadSource {
        @Override
        public org.hibernate.SessionFactory factory() {
            return factory;
        }

        @Override
        public Connection connection() {
            sendInserts();
            if (owned.isPresent()) {
                return owned.get();
            }
            // Hibernate's session acquires its connection lazily and may release it after a transaction.
            return session.unwrap(org.hibernate.engine.spi.SharedSessionContractImplementor.class)
                    .getJdbcCoordinator()
                    .getLogicalConnection()
                    .getPhysicalConnection();
        }

        @Override
        public org.hibernate.Session hibernate() {
            return Session.this.hibernate();
        }

        @Override
        public void beforeRead() {
            if (session != null
                    && session.getHibernateFlushMode() != org.hibernate.FlushMode.MANUAL
                    && session.isDirty()) {
                session.flush();
            }
        }
    }

    private static SchemaReader reader(Class<?> entity, Class<?> schema) {
        SchemaReader reader = SchemaReader.of(schema);
        if (!reader.entity().isAssignableFrom(entity)) {
            throw new IllegalArgumentException(schema.getSimpleName() + " is a schema of "
                    + reader.entity().getSimpleName() + ", not of " + entity.getSimpleName());
        }
        return reader;
    }

    @SuppressWarnings("unchecked")
    private static <S> List<S> cast(List<Object> records, Class<S> schema) {
        return (List<S>) records;
    }
}
