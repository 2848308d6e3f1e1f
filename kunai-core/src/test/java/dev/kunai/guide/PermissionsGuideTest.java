package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.http.RequestContext;
import dev.kunai.permissions.ComposedPermission;
import dev.kunai.permissions.IsAuthenticated;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.permissions.Permission;
import dev.kunai.permissions.Permissions;
import dev.kunai.permissions.PermissionsFeature;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Delete;
import dev.kunai.route.Get;
import dev.kunai.security.Auth;
import dev.kunai.security.Authenticated;
import dev.kunai.security.Principal;
import dev.kunai.security.Public;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/permissions.md: permissions on the API, a controller and an operation. */
class PermissionsGuideTest {

    // tag::permissions[]
    public record Member(String name, boolean staff) {}

    public record Project(long id, String name, String owner) {}

    /** Staff only: a request-level check. */
    public static final class IsStaff implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            return context.attribute(Principal.class)
                    .map(principal -> principal.value() instanceof Member member && member.staff())
                    .orElse(false);
        }

        @Override
        public String message() {
            return "Staff only.";
        }
    }

    /** Owners only: an object-level check (every request passes the request-level one). */
    public static final class IsOwner implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            return true;
        }

        @Override
        public boolean hasObjectPermission(RequestContext context, Object object) {
            return object instanceof Project project
                    && context.attribute(Principal.class)
                            .map(principal -> principal.value() instanceof Member member
                                    && member.name().equals(project.owner()))
                            .orElse(false);
        }
    }

    /** Ninja Extra's {@code IsStaff | IsOwner}, named so that an annotation can hold it; its parts are injected. */
    public static final class StaffOrOwner extends ComposedPermission {
        @Inject
        StaffOrOwner(IsStaff staff, IsOwner owner) {
            super(staff.or(owner));
        }
    }
    // end::permissions[]

    static final Map<Long, Project> PROJECTS =
            Map.of(1L, new Project(1, "Kunai", "ann"), 2L, new Project(2, "Budget", "boss"));

    // tag::controllers[]
    @Controller("reports") // nothing declared: the API level applies (IsStaff)
    public static class ReportController {
        @Get("summary")
        public Map<String, Integer> summary() {
            return Map.of("projects", PROJECTS.size());
        }
    }

    @Controller("projects")
    @Permissions(IsAuthenticated.class) // the controller level replaces the API level
    public static class ProjectController {
        @Get("")
        public List<Project> mine(@Authenticated Member member) { // the typed principal
            return PROJECTS.values().stream()
                    .filter(p -> p.owner().equals(member.name()))
                    .toList();
        }

        @Get("{id}")
        @Permissions(StaffOrOwner.class) // the operation level replaces both
        public Project project(long id, ObjectPermissions permissions) {
            return permissions.getOr404(Optional.ofNullable(PROJECTS.get(id))); // 404, or 403 if not allowed
        }

        @Delete(value = "{id}", status = 204)
        @Permissions({IsAuthenticated.class, IsStaff.class}) // all must allow
        public void delete(long id) {}

        @Public // no authentication...
        @Permissions({}) // ...and no permissions: anyone
        @Get("count")
        public Map<String, Integer> count() {
            return Map.of("projects", PROJECTS.size());
        }
    }
    // end::controllers[]

    // tag::api[]
    static final Auth TOKENS = Auth.bearer(token -> switch (token) {
        case "ann-token" -> Optional.of(new Member("ann", false));
        case "boss-token" -> Optional.of(new Member("boss", true));
        default -> Optional.empty();
    });

    static final Dispatcher APP = Dispatcher.builder()
            .mount(KunaiApi.builder()
                    .prefix("/api")
                    .controllers(ReportController.class, ProjectController.class)
                    .auth(TOKENS)
                    .build())
            .feature(PermissionsFeature.defaults(IsStaff.class)) // the API level (default: AllowAny)
            .build();
    // end::api[]

    private static final TestClient CLIENT = TestClient.of(APP);

    private static TestResponse as(String token, String method, String path) {
        return CLIENT.send(TestRequest.of(method, path).header("Authorization", "Bearer " + token));
    }

    @Test
    void theApiLevelAppliesWhereNothingIsDeclared() {
        TestResponse ann = as("ann-token", "GET", "/api/reports/summary");
        assertThat(ann.status()).isEqualTo(403);
        assertThat(ann.text()).isEqualTo("{\"detail\":\"Staff only.\"}");
        assertThat(as("boss-token", "GET", "/api/reports/summary").status()).isEqualTo(200);
    }

    @Test
    void theControllerLevelReplacesTheApiLevel() {
        TestResponse ann = as("ann-token", "GET", "/api/projects/");
        assertThat(ann.status()).isEqualTo(200);
        assertThat(ann.json().findValuesAsText("name")).containsExactly("Kunai");
    }

    @Test
    void theOperationLevelReplacesBothAndChecksObjects() {
        assertThat(as("ann-token", "GET", "/api/projects/1").status()).isEqualTo(200);
        TestResponse others = as("ann-token", "GET", "/api/projects/2");
        assertThat(others.status()).isEqualTo(403);
        assertThat(others.text()).isEqualTo("{\"detail\":\"You do not have permission to perform this action.\"}");
        assertThat(as("boss-token", "GET", "/api/projects/1").status())
                .as("staff")
                .isEqualTo(200);
        assertThat(as("ann-token", "GET", "/api/projects/99").status()).isEqualTo(404);
        assertThat(as("ann-token", "DELETE", "/api/projects/1").status()).isEqualTo(403);
        assertThat(as("boss-token", "DELETE", "/api/projects/1").status()).isEqualTo(204);
        assertThat(CLIENT.get("/api/projects/count").status()).isEqualTo(200);
    }

    @Test
    void authenticationComesFirst() {
        TestResponse anonymous = CLIENT.get("/api/reports/summary");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text()).isEqualTo("{\"detail\":\"Unauthorized\"}");
    }

    @Test
    void theOpenApiDocumentShowsWhereA403CanHappen() {
        JsonNode paths = CLIENT.get("/api/openapi.json").json().get("paths");
        assertThat(paths.at("/~1api~1reports~1summary/get/responses").has("403"))
                .isTrue();
        assertThat(paths.at("/~1api~1projects~1{id}/get/responses").has("404")).isTrue();
        assertThat(paths.at("/~1api~1projects~1count/get/responses").has("403")).isFalse();
    }
}
