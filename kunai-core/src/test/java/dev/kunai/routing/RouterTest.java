package dev.kunai.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.http.HttpMethod;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static Router<String> router(String... templates) {
        Router<String> router = Router.create();
        for (String template : templates) {
            router.add(HttpMethod.GET, PathTemplate.parse(template), template);
        }
        return router;
    }

    @Test
    void literalsWinOverVariablesAndVariablesOverRest() {
        Router<String> router = router("/items/new", "/items/{id}", "/items/{rest:path}");
        assertThat(router.match(HttpMethod.GET, "/items/new").target()).isEqualTo("/items/new");
        assertThat(router.match(HttpMethod.GET, "/items/7").target()).isEqualTo("/items/{id}");
        assertThat(router.match(HttpMethod.GET, "/items/7/x").target()).isEqualTo("/items/{rest:path}");
        assertThat(router.match(HttpMethod.GET, "/items/7/x").values()[0]).isEqualTo("7/x");
    }

    @Test
    void backtracksFromADeadLiteralBranchToTheVariableBranch() {
        Router<String> router = router("/a/b/c", "/a/{x}/d", "/{y}/b/e");
        Router.Match<String> viaVariable = router.match(HttpMethod.GET, "/a/b/d");
        assertThat(viaVariable.target()).isEqualTo("/a/{x}/d");
        assertThat(viaVariable.values()[0]).isEqualTo("b");
        Router.Match<String> viaRootVariable = router.match(HttpMethod.GET, "/a/b/e");
        assertThat(viaRootVariable.target()).isEqualTo("/{y}/b/e");
        assertThat(viaRootVariable.values()[0]).isEqualTo("a");
        assertThat(router.match(HttpMethod.GET, "/a/b/f").status()).isEqualTo(404);
    }

    @Test
    void backtracksFromADeadVariableBranchToTheRestCaptureWithoutItsStaleValue() {
        Router<String> router = router("/files/{name}/meta", "/files/{rest:path}");
        Router.Match<String> meta = router.match(HttpMethod.GET, "/files/a/meta");
        assertThat(meta.target()).isEqualTo("/files/{name}/meta");
        assertThat(meta.values()[0]).isEqualTo("a");
        Router.Match<String> rest = router.match(HttpMethod.GET, "/files/a/b");
        assertThat(rest.target()).isEqualTo("/files/{rest:path}");
        assertThat(rest.names()).containsExactly("rest");
        assertThat(rest.values()).containsExactly("a/b");
    }

    @Test
    void aRestCaptureNeedsSomethingToCapture() {
        Router<String> router = router("/files/{rest:path}");
        assertThat(router.match(HttpMethod.GET, "/files/").status()).isEqualTo(404);
        assertThat(router.match(HttpMethod.GET, "/files/a/").values()).containsExactly("a/");
    }

    @Test
    void anyNumberOfVariablesMatches() {
        String template =
                IntStream.range(0, 20).mapToObj(i -> "{v" + i + "}").collect(Collectors.joining("/", "/", ""));
        String path = IntStream.range(0, 20).mapToObj(i -> "x" + i).collect(Collectors.joining("/", "/", ""));
        Router.Match<String> match = router(template, "/short/{a}").match(HttpMethod.GET, path);
        assertThat(match.status()).isEqualTo(200);
        assertThat(match.names()).hasSize(20).startsWith("v0").endsWith("v19");
        assertThat(match.values()[19]).isEqualTo("x19");
    }

    @Test
    void literalSegmentsMatchAfterPercentDecoding() {
        Router<String> router = router("/p/café", "/q/caf%C3%A9", "/files/{name}");
        assertThat(router.match(HttpMethod.GET, "/p/caf%C3%A9").target()).isEqualTo("/p/café");
        assertThat(router.match(HttpMethod.GET, "/p/caf%c3%a9").target()).isEqualTo("/p/café");
        assertThat(router.match(HttpMethod.GET, "/p/café").target()).isEqualTo("/p/café");
        assertThat(router.match(HttpMethod.GET, "/q/café").target()).isEqualTo("/q/caf%C3%A9");
        assertThat(router.match(HttpMethod.GET, "/%70/caf%C3%A9").target()).isEqualTo("/p/café");
    }

    @Test
    void anEncodedSlashStaysDataInsideItsSegment() {
        Router<String> router = router("/files/{name}", "/a/b");
        Router.Match<String> match = router.match(HttpMethod.GET, "/files/a%2Fb");
        assertThat(match.target()).isEqualTo("/files/{name}");
        assertThat(match.values()[0]).isEqualTo("a/b");
        assertThat(router.match(HttpMethod.GET, "/a%2Fb").status()).isEqualTo(404);
    }

    @Test
    void ambiguousPathsAreRefusedWhetherOrNotARouteMatches() {
        Router<String> router = router("/a/{x}", "/a/b");
        for (String path : new String[] {
            "/a//b", "//a/b", "/a/./b", "/a/../a/b", "/a/%2e%2E/b", "/a/%2E", "/a/.%2e", "/x/..", "/a/%zz", "/a/%C3"
        }) {
            Router.Match<String> match = router.match(HttpMethod.GET, path);
            assertThat(match.status()).as(path).isEqualTo(400);
            assertThat(match.detail()).as(path).isNotEmpty();
        }
        assertThat(router.match(HttpMethod.GET, "/a/..b").status()).isEqualTo(200);
        assertThat(router.match(HttpMethod.GET, "/a/b/").status()).isEqualTo(404);
    }

    @Test
    void aTemplateThatIsNoValidRequestPathNeverMatchesItsOwnText() {
        // Templates without variables are also looked up by their text (no split, no decoding): that lookup must
        // not let a request through that RequestPath's rules refuse.
        Router<String> router = router("/a//b", "/a/./b", "/x/..", "/e/%41", "/ok/b/");
        for (String path : new String[] {"/a//b", "/a/./b", "/x/.."}) {
            assertThat(router.match(HttpMethod.GET, path).status()).as(path).isEqualTo(400);
        }
        assertThat(router.match(HttpMethod.GET, "/e/%41").target()).isEqualTo("/e/%41");
        assertThat(router.match(HttpMethod.GET, "/e/A").target()).isEqualTo("/e/%41");
        assertThat(router.match(HttpMethod.GET, "/ok/b/").target()).isEqualTo("/ok/b/");
        assertThat(router.match(HttpMethod.GET, "/ok/%62/").target()).isEqualTo("/ok/b/");
        assertThat(router.match(HttpMethod.GET, "/ok/b").status()).isEqualTo(404);
    }

    @Test
    void reportsMethodNotAllowedWithTheAllowHeader() {
        Router<String> router = Router.create();
        router.add(HttpMethod.POST, PathTemplate.parse("/items"), "create");
        router.add(HttpMethod.GET, PathTemplate.parse("/items"), "list");
        Router.Match<String> match = router.match(HttpMethod.DELETE, "/items");
        assertThat(match.status()).isEqualTo(405);
        assertThat(match.allow()).isEqualTo("GET, HEAD, POST");
        assertThat(router.match(HttpMethod.HEAD, "/items").target()).isEqualTo("list");
    }

    @Test
    void refusesDuplicateRoutesAndVariables() {
        Router<String> router = router("/a/{x}");
        assertThatThrownBy(() -> router.add(HttpMethod.GET, PathTemplate.parse("/a/{y}"), "again"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two operations answer GET /a/{y}");
        assertThatThrownBy(() -> PathTemplate.parse("/t/{id}/items/{id}"))
                .hasMessage("Path '/t/{id}/items/{id}' declares {id} twice");
        assertThatThrownBy(() -> PathTemplate.parse("/t/{rest:path}/x")).hasMessageContaining("must be last");
    }
}
