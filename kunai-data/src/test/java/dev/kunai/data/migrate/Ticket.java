package dev.kunai.data.migrate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** An entity whose ids come from a database sequence that a migration creates (allocation size 50). */
@Entity
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    Long id;

    String title;

    protected Ticket() {}

    /** A ticket called {@code title}. */
    public Ticket(String title) {
        this.title = title;
    }

    /** The generated id. */
    public Long id() {
        return id;
    }
}
