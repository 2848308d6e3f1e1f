package dev.kunai.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.data.schema.EntityModel;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entity declared inside another class with no {@code @Entity(name)}: Kunai's queries name it as Hibernate does
 * ({@code NestedEntityTest$Memo}, JPA's unqualified class name), so reads and counts find it.
 */
class NestedEntityTest {

    /** A nested entity with the default entity name. */
    @Entity
    @Table(name = "nested_memo")
    public static class Memo {
        @Id
        @GeneratedValue
        Long id;

        String text;

        protected Memo() {}

        Memo(String text) {
            this.text = text;
        }
    }

    @Test
    void aNestedEntityIsQueriedByHibernatesName() {
        assertThat(EntityModel.of(Memo.class).entityName()).isEqualTo("NestedEntityTest$Memo");
        try (Db db = Db.open(Database.of("h2:mem:nested").entities(Memo.class).schemaFromModels())) {
            db.transaction(s -> {
                s.create(new Memo("one"));
                s.create(new Memo("two"));
                return null;
            });
            List<Memo> all = db.read(s -> s.all(Memo.class));
            assertThat(all).extracting(m -> m.text).containsExactly("one", "two");
            List<Memo> two = db.read(s -> s.filter(Memo.class, "e.text = ?1", "two"));
            assertThat(two).extracting(m -> m.text).containsExactly("two");
        }
    }
}
