package dev.kunai.testfixtures;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a text is a valid OpenAPI 3.1 document: the OpenAPI Initiative's JSON Schema for 3.1 documents
 * ({@code https://spec.openapis.org/oas/3.1/schema-base}, which also checks every Schema Object against the
 * OpenAPI dialect of JSON Schema 2020-12), run by networknt's validator, plus swagger-parser's messages.
 * swagger-parser alone accepts {@code "type": "strnig"}, {@code "maxLength": "ten"} and a response code
 * {@code "abc"}; the JSON Schema rejects all three. The schemas are test resources under
 * {@code dev/kunai/testfixtures/oas-3.1} (see the README there for where they come from).
 */
public final class OpenApi31Schema {

    private static final String OAS = "https://spec.openapis.org/oas/3.1/";

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    registry -> registry.schemaIdResolvers(
                            ids -> ids.mapPrefix(OAS, "classpath:dev/kunai/testfixtures/oas-3.1/")))
            .getSchema(SchemaLocation.of(OAS + "schema-base"));

    private OpenApi31Schema() {}

    /** The JSON Schema's errors for {@code json}, one line each (instance location and message); empty when valid. */
    public static List<String> schemaErrors(String json) {
        List<String> errors = new ArrayList<>();
        for (Error error : SCHEMA.validate(json, InputFormat.JSON)) {
            errors.add(error.toString());
        }
        return errors;
    }

    /** Every problem with {@code json} as an OpenAPI 3.1 document: the JSON Schema's errors, then swagger-parser's messages. */
    public static List<String> problems(String json) {
        List<String> problems = new ArrayList<>(schemaErrors(json));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        problems.addAll(new OpenAPIV3Parser().readContents(json, null, options).getMessages());
        return problems;
    }
}
