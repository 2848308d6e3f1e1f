package dev.kunai.examples.books.docs;

import dev.kunai.KunaiApi;
import dev.kunai.examples.books.BooksApp;
import dev.kunai.openapi.OpenApi;
import dev.kunai.openapi.OpenApiDocument;
import dev.kunai.pipeline.Dispatcher;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The Books API's OpenAPI document as the app serves it (mounted at {@code /api/}), and swagger-parser's verdict on a text. */
final class BooksDocument {

    /** Where {@code BooksApp} mounts the API. */
    static final String PREFIX = "/api/";

    private BooksDocument() {}

    /** The API as mounted by {@code BooksApp.main}. */
    static KunaiApi api() {
        return BooksApp.API.withPrefix(PREFIX);
    }

    /** The document generated from the same operation models the app routes with (features applied). */
    static OpenApiDocument generate() {
        Dispatcher.MountedApi mounted =
                Dispatcher.builder().mount(api()).describe().get(0);
        return OpenApi.generate(mounted.api(), mounted.operations());
    }

    /** Parses and validates {@code json} with swagger-parser-v3, resolving references. */
    static SwaggerParseResult parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }
}
