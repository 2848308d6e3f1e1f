package dev.kunai.data.books;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A review of a book: exercises a to-one relation whose target has a to-many relation. */
@Entity
public class Review {
    @Id
    @GeneratedValue
    Long id;

    String text;
    int stars;

    @ManyToOne
    Book book;

    protected Review() {}

    public Review(String text, int stars, Book book) {
        this.text = text;
        this.stars = stars;
        this.book = book;
    }
}
