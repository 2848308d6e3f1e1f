package dev.kunai.data.read;

import java.sql.Connection;

/**
 * Where a {@link SchemaReader} runs: the mapping reads are planned against, the JDBC connection planned SQL
 * runs on, and the Hibernate session for the reads planned SQL cannot express. A read-only unit of work
 * ({@code Db.read}) opens that session only when something asks for it, so a planned read never pays for
 * a persistence context it does not use.
 */
public interface ReadSource {

    /** The session factory whose mapping reads are planned against (and whose statistics count statements). */
    org.hibernate.SessionFactory factory();

    /** The connection of this unit of work: planned SQL runs on it, inside the unit's transaction. */
    Connection connection();

    /** The Hibernate session of this unit of work (opened on {@link #connection()} when first asked for). */
    org.hibernate.Session hibernate();

    /**
     * Makes pending changes visible to the next statement, as a query would: flushes an open session that
     * flushes automatically and holds changes; does nothing when no session is open.
     */
    void beforeRead();
}
