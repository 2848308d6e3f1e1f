package dev.kunai.data.read;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;

/** A mark keyed by two columns (an {@code @IdClass}): not plannable as SQL. */
@Entity
@IdClass(Grade.Key.class)
public class Grade {
    @Id
    String student;

    @Id
    String course;

    Integer mark;

    protected Grade() {}

    Grade(String student, String course, Integer mark) {
        this.student = student;
        this.course = course;
        this.mark = mark;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        String student;
        String course;

        /** For Hibernate. */
        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(student, key.student)
                    && Objects.equals(course, key.course);
        }

        @Override
        public int hashCode() {
            return Objects.hash(student, course);
        }
    }
}
