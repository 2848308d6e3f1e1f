package dev.kunai.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.HttpResponse;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Swagger UI served from the webjar with Kunai's initializer. */
class SwaggerUiTest {

    private final SwaggerUi ui =
            SwaggerUi.forApi(KunaiApi.builder().title("Project <API>").build()).orElseThrow();

    @Test
    void pageLoadsAssetsFromTheVersionedDocsPathAndKunaisInitializer() {
        HttpResponse page = ui.respond("/docs").orElseThrow();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.header("Cache-Control")).contains("no-cache");
        assertThat(page.header("ETag")).isPresent();
        String html = page.bodyText();
        assertThat(html)
                .contains("<title>Project &lt;API&gt; - Swagger UI</title>")
                .contains("href=\"/api/docs/swagger-ui-5.34.1/swagger-ui.css\"")
                .contains("src=\"/api/docs/swagger-ui-5.34.1/swagger-ui-bundle.js\"")
                .contains("src=\"/api/docs/kunai-initializer.js\"")
                .doesNotContain("swagger-initializer.js")
                .doesNotContain("petstore")
                .doesNotContain("http");
        assertThat(ui.respond("/docs/").orElseThrow().body()).isEqualTo(page.body());
    }

    @Test
    void everyReferencedAssetIsServedWithItsContentTypeAndLongCaching() throws Exception {
        String html = ui.respond("/docs").orElseThrow().bodyText();
        Matcher matcher = Pattern.compile("(?:href|src)=\"/api(/docs/[^\"]+)\"").matcher(html);
        List<String> referenced = new ArrayList<>();
        while (matcher.find()) {
            referenced.add(matcher.group(1));
        }
        assertThat(referenced).hasSize(7);
        for (String path : referenced) {
            HttpResponse asset = ui.respond(path).orElseThrow(() -> new AssertionError("not served: " + path));
            assertThat(asset.status()).isEqualTo(200);
            assertThat(asset.body()).isNotEmpty();
            String type = asset.header("Content-Type").orElseThrow();
            if (path.endsWith(".js")) {
                assertThat(type).isEqualTo("text/javascript; charset=utf-8");
            } else if (path.endsWith(".css")) {
                assertThat(type).isEqualTo("text/css; charset=utf-8");
            } else {
                assertThat(type).isEqualTo("image/png");
            }
            if (path.contains("/swagger-ui-5.34.1/")) {
                assertThat(asset.header("Cache-Control")).contains("public, max-age=31536000, immutable");
            }
        }
        try (InputStream bundle = getClass()
                .getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js")) {
            assertThat(ui.respond("/docs/swagger-ui-5.34.1/swagger-ui-bundle.js")
                            .orElseThrow()
                            .body())
                    .isEqualTo(bundle.readAllBytes());
        }
    }

    @Test
    void initializerPointsAtTheDocumentOfThisApi() {
        String js = ui.respond("/docs/kunai-initializer.js").orElseThrow().bodyText();
        assertThat(js)
                .contains("url: \"/api/openapi.json\"")
                .contains("oauth2RedirectUrl: \"/api/docs/swagger-ui-5.34.1/oauth2-redirect.html\"")
                .contains("dom_id: \"#swagger-ui\"")
                .contains("request.headers[\"X-CSRFToken\"] = decodeURIComponent(token[1]);")
                .contains("csrftoken=([^;]+)/");
        assertThat(ui.respond("/docs/swagger-ui-5.34.1/oauth2-redirect.html")).isPresent();
    }

    @Test
    void urlsFollowTheApisPrefixAndPaths() {
        KunaiApi api = KunaiApi.builder()
                .prefix("/v2/")
                .docsPath("/swagger")
                .openApiPath("/schema.json")
                .build();
        SwaggerUi custom = SwaggerUi.forApi(api).orElseThrow();
        assertThat(custom.docsPath()).isEqualTo("/swagger");
        assertThat(custom.respond("/docs")).isEmpty();
        assertThat(custom.respond("/swagger").orElseThrow().bodyText())
                .contains("src=\"/v2/swagger/swagger-ui-5.34.1/swagger-ui-bundle.js\"");
        assertThat(custom.respond("/swagger/kunai-initializer.js").orElseThrow().bodyText())
                .contains("url: \"/v2/schema.json\"");
    }

    @Test
    void docsCanBeSwitchedOff() {
        assertThat(SwaggerUi.forApi(KunaiApi.builder().noDocs().build())).isEmpty();
        assertThat(SwaggerUi.forApi(KunaiApi.builder().noOpenApi().build())).isEmpty();
    }

    @Test
    void unknownPathsAreNotAnswered() {
        assertThat(ui.respond("/docs/swagger-ui-5.34.1/../../../pom.xml")).isEmpty();
        assertThat(ui.respond("/docs/swagger-ui-5.34.1/swagger-ui-es-bundle.js"))
                .isEmpty();
        assertThat(ui.respond("/openapi.json")).isEmpty();
    }

    @Test
    void conditionalRequestsGetNotModified() {
        String etag = ui.respond("/docs").orElseThrow().header("ETag").orElseThrow();
        HttpResponse notModified = ui.respond("/docs", Optional.of(etag)).orElseThrow();
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(ui.respond("/docs", Optional.of("\"other\"")).orElseThrow().status())
                .isEqualTo(200);
        assertThat(ui.respond("/docs", Optional.empty()).orElseThrow().status()).isEqualTo(200);
    }
}
