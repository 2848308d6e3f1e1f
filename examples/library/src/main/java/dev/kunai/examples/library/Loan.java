package dev.kunai.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A book lent to a borrower until a due date. */
@Entity
public class Loan {
    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    public Book book;

    @Column(length = 100, nullable = false)
    public String borrower;

    @Column(nullable = false)
    public LocalDate due;

    @Column(nullable = false)
    public Boolean returned;

    /** For JPA and the model service. */
    protected Loan() {}
}
