package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.classmate.TypeResolver;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.http.HttpMethod;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ResponseModel;
import dev.kunai.testfixtures.OpenApi31Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The naming rule: simple names, Pydantic-style generics, qualification until unique. */
class SchemaNamingTest {

    private final TypeResolver types = new TypeResolver();

    @Test
    void genericInstantiationsAreWrittenLikePydantic() {
        ResolvedType page = types.resolve(Fixtures.Page.class, Fixtures.BookSchema.class);
        ResolvedType nested =
                types.resolve(Fixtures.Page.class, types.resolve(List.class, Fixtures.BookTagSchema.class));
        ResolvedType pair = types.resolve(Fixtures.Pair.class, String.class, Integer.class);
        assertThat(SchemaNaming.render(page, 0, Set.of())).isEqualTo("Page_BookSchema_");
        assertThat(SchemaNaming.render(nested, 0, Set.of())).isEqualTo("Page_List_BookTagSchema__");
        assertThat(SchemaNaming.render(pair, 0, Set.of())).isEqualTo("Pair_String_Integer_");
    }

    @Test
    void clashingNamesAreQualifiedWithEnclosingClassesThenPackages() {
        SchemaNaming naming = new SchemaNaming(Set.of());
        ResolvedType north = types.resolve(dev.kunai.openapi.naming.north.Outer.Book.class);
        ResolvedType south = types.resolve(dev.kunai.openapi.naming.south.Outer.Book.class);
        assertThat(naming.disambiguate(List.of(north, south)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(north, "north.Outer.Book", south, "south.Outer.Book"));
        ResolvedType library = types.resolve(Fixtures.Library.Book.class);
        ResolvedType shop = types.resolve(Fixtures.Shop.Book.class);
        assertThat(naming.disambiguate(List.of(library, shop)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(library, "Library.Book", shop, "Shop.Book"));
    }

    @Test
    void clashingGenericInstantiationsQualifyOnlyTheAmbiguousArguments() {
        SchemaNaming naming = new SchemaNaming(Set.of());
        ResolvedType pageOfLibrary = types.resolve(Fixtures.Page.class, Fixtures.Library.Book.class);
        ResolvedType pageOfShop = types.resolve(Fixtures.Page.class, Fixtures.Shop.Book.class);
        assertThat(naming.disambiguate(List.of(pageOfLibrary, pageOfShop)))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(pageOfLibrary, "Page_Library.Book_", pageOfShop, "Page_Shop.Book_"));
    }

    @Test
    void documentWithClashesNeedingPackagesValidatesAndKeepsBothTypes() throws Exception {
        java.lang.reflect.Method handler = Fixtures.BookController.class.getMethod("ping");
        List<OperationModel> operations = List.of(
                operation("north", handler, dev.kunai.openapi.naming.north.Outer.Book.class),
                operation("south", handler, dev.kunai.openapi.naming.south.Outer.Book.class),
                operation(
                        "pageNorth",
                        handler,
                        types.resolve(Fixtures.Page.class, dev.kunai.openapi.naming.north.Outer.Book.class)),
                operation(
                        "pageSouth",
                        handler,
                        types.resolve(Fixtures.Page.class, dev.kunai.openapi.naming.south.Outer.Book.class)));
        OpenApiDocument document = OpenApi.generate(KunaiApi.builder().build(), operations);
        JsonNode schemas = document.at("/components/schemas");
        assertThat(OpenApiDocumentTest.fieldNames(schemas))
                .containsExactly(
                        "Page_north.Outer.Book_", "Page_south.Outer.Book_", "north.Outer.Book", "south.Outer.Book");
        assertThat(schemas.at("/north.Outer.Book/properties/north/type").asText())
                .isEqualTo("string");
        assertThat(schemas.at("/south.Outer.Book/properties/south/type").asText())
                .isEqualTo("string");
        assertThat(schemas.at("/Page_south.Outer.Book_/properties/items/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/south.Outer.Book");
        assertThat(OpenApi31Schema.problems(document.toJson(false))).isEmpty();
    }

    private static OperationModel operation(String id, java.lang.reflect.Method handler, java.lang.reflect.Type type) {
        return new OperationModel(
                id,
                HttpMethod.GET,
                "/" + id,
                id,
                Optional.empty(),
                List.of(),
                false,
                List.of(),
                Optional.empty(),
                List.of(new ResponseModel(200, Optional.of(type), "application/json", "")),
                Fixtures.BookController.class,
                handler);
    }
}
