package dev.kunai.data.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.ModelSchema;
import dev.kunai.data.ModelSchemas;
import dev.kunai.data.Schemas;
import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.BookTagSchema;
import dev.kunai.data.books.Tag;
import dev.kunai.schema.ComponentFacts;
import dev.kunai.schema.SchemaFactsProvider;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** ModelSchema checking, mapping without a database, JSON and the OpenAPI facts. */
class ModelSchemaTest {

    @ModelSchema(Book.class)
    record Broken(Long id, Integer title, String subtitle, List<String> tags) {}

    @ModelSchema(Book.class)
    record WrongNested(Long id, List<WrongTag> tags) {}

    @ModelSchema(Tag.class)
    record WrongTag(long id, String label) {}

    @ModelSchema(Book.class)
    record NotARecordHolder(Long id) {}

    @Test
    void everyProblemNamesTheRecordTheComponentAndTheEntity() {
        assertThatThrownBy(() -> ModelSchemas.verify(Broken.class))
                .isInstanceOf(SchemaMismatchException.class)
                .satisfies(e -> assertThat(((SchemaMismatchException) e).problems())
                        .containsExactly(
                                "Broken.title: type Integer is incompatible with Book.title (String)",
                                "Broken.subtitle: entity Book has no attribute 'subtitle'",
                                "Broken.tags: Book.tags is a to-many relation to Tag; declare the component as List<X> where X"
                                        + " is a @ModelSchema(Tag.class) record"))
                .hasMessageStartingWith("3 ModelSchema problems:");
    }

    @Test
    void nestedSchemasAreCheckedToo() {
        assertThatThrownBy(() -> ModelSchemas.verify(List.of(WrongNested.class)))
                .hasMessage("WrongTag.label: entity Tag has no attribute 'label'");
        assertThatThrownBy(() -> ModelSchemas.verify(String.class))
                .hasMessage("String is not annotated @ModelSchema(EntityClass.class)");
    }

    @Test
    void matchingSchemasPass() {
        ModelSchemas.verify(BookSchema.class, BookTagSchema.class, NotARecordHolder.class);
        assertThat(SchemaModel.problems(BookSchema.class)).isEmpty();
    }

    @Test
    void mapsEntitiesWithoutADatabase() {
        Book book = new Book("Dune");
        Tag second = new Tag("b");
        Tag first = new Tag("a");
        setId(book, 7L);
        setId(second, 2L);
        setId(first, 1L);
        book.tags().add(second);
        book.tags().add(first);
        BookSchema mapped = Schemas.map(book, BookSchema.class);
        assertThat(mapped)
                .isEqualTo(new BookSchema(7L, "Dune", List.of(new BookTagSchema(1L, "a"), new BookTagSchema(2L, "b"))));
        assertThat(Schemas.toJson(List.of(book), BookSchema.class).toString())
                .isEqualTo(
                        "[{\"id\":7,\"title\":\"Dune\",\"tags\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]}]");
    }

    @Test
    void mappingTheWrongObjectSaysWhatWasExpected() {
        assertThatThrownBy(() -> Schemas.map(new Tag("x"), BookSchema.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BookSchema maps Book entities, not Tag");
        BookSchema already = new BookSchema(1L, "Dune", List.of());
        assertThat(Schemas.map(already, BookSchema.class)).isSameAs(already);
    }

    private static void setId(Object entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void entityColumnsBecomeOpenApiFacts() throws Exception {
        SchemaFactsProvider provider = ServiceLoader.load(SchemaFactsProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof EntityColumnFacts)
                .findFirst()
                .orElseThrow();
        var title = BookSchema.class.getRecordComponents()[1];
        assertThat(provider.facts(title)).contains(new ComponentFacts(Optional.of(255), Optional.of(false)));
        var id = BookSchema.class.getRecordComponents()[0];
        assertThat(provider.facts(id)).contains(new ComponentFacts(Optional.empty(), Optional.of(false)));
        var tags = BookSchema.class.getRecordComponents()[2];
        assertThat(provider.facts(tags)).contains(new ComponentFacts(Optional.empty(), Optional.of(false)));
        record Plain(String title) {}
        assertThat(provider.facts(Plain.class.getRecordComponents()[0])).isEmpty();
    }
}
