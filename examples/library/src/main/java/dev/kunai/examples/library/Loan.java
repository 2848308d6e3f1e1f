package dev.kunai.examples.library;

import dev.kunai.auth.users.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A book lent to a borrower until a due date, owned by the user who borrowed it (the only one who sees it). */
@Entity
public class Loan {
    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    public Book book;

    /** The user whose loan this is: set from the request on create, never from the payload. */
    @ManyToOne(optional = false)
    public User owner;

    @Column(length = 100, nullable = false)
    public String borrower;

    @Column(nullable = false)
    public LocalDate due;

    @Column(nullable = false)
    public Boolean returned;

    /** For JPA and the model service. */
    protected Loan() {}
}
