package dev.kunai.auth.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.auth.TestDbs;
import dev.kunai.auth.hashers.Argon2Hasher;
import dev.kunai.auth.hashers.PasswordHashers;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Db;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Tries to get in without the right session or CSRF token: fixation, cross-site posts, tampering, expiry, logout. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionSecurityTest {

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private Db db;
    private final MovableClock clock = new MovableClock();
    private TestClient client;

    @BeforeAll
    void start() {
        db = TestDbs.h2();
        client = TestClient.of(SessionApp.dispatcher(
                db, clock, SessionSettings.of(SessionApp.SECRET).maxAge(Duration.ofHours(1))));
    }

    @AfterAll
    void stop() {
        TestDbs.drop(db);
    }

    @BeforeEach
    void users() {
        db.truncate();
        Users users = Users.of(db, PasswordHashers.of(Argon2Hasher.create(1024, 1, 1)));
        users.createUser("ann", "", "ann-password");
        users.createUser("mallory", "", "mallory-password");
    }

    /** The cookies a login answered with. */
    record Login(String session, String csrf, TestResponse response) {}

    Login login(String username, String password, Map<String, String> cookies) {
        TestRequest request =
                TestRequest.of("POST", "/api/auth/login").json(Map.of("username", username, "password", password));
        cookies.forEach(request::cookie);
        TestResponse response = client.send(request);
        return new Login(cookie(response, "sessionid"), cookie(response, "csrftoken"), response);
    }

    static String cookie(TestResponse response, String name) {
        Pattern pattern = Pattern.compile("^" + name + "=([^;]*)");
        for (var header : response.headers()) {
            if (header.name().equalsIgnoreCase("Set-Cookie")) {
                Matcher m = pattern.matcher(header.value());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return "";
    }

    static String setCookie(TestResponse response, String name) {
        return response.headers().stream()
                .filter(h ->
                        h.name().equalsIgnoreCase("Set-Cookie") && h.value().startsWith(name + "="))
                .map(h -> h.value())
                .findFirst()
                .orElse("");
    }

    int storedSessions() {
        return db.read(s -> s.all(StoredSession.class)).size();
    }

    TestResponse me(String session) {
        return client.send(TestRequest.of("GET", "/api/notes/me").cookie("sessionid", session));
    }

    @Test
    void loginSetsAHardenedSessionCookieAndAReadableCsrfCookie() {
        Login ann = login("ann", "ann-password", Map.of());

        assertThat(ann.response().status()).isEqualTo(200);
        assertThat(ann.response().json().get("username").asText()).isEqualTo("ann");
        assertThat(ann.response().json().get("csrftoken").asText()).isEqualTo(ann.csrf());
        assertThat(setCookie(ann.response(), "sessionid"))
                .contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=3600")
                .doesNotContain("Secure");
        assertThat(setCookie(ann.response(), "csrftoken")).doesNotContain("HttpOnly");
        assertThat(me(ann.session()).json().get("username").asText()).isEqualTo("ann");
        assertThat(storedSessions()).isEqualTo(1);
    }

    @Test
    void wrongCredentialsAre401AndAnonymousRequestsToo() {
        TestResponse wrong = login("ann", "nope", Map.of()).response();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asText()).isEqualTo(SessionController.INVALID);
        assertThat(cookie(wrong, "sessionid")).isEmpty();

        TestResponse anonymous = client.get("/api/notes/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("detail").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void theSessionIdRotatesOnLoginSoAPlantedIdIsUseless() {
        // The attacker obtains a valid session id (their own) and plants it in the victim's browser.
        Login mallory = login("mallory", "mallory-password", Map.of());
        Login ann = login("ann", "ann-password", Map.of("sessionid", mallory.session()));

        assertThat(ann.session()).isNotEqualTo(mallory.session());
        assertThat(me(mallory.session()).status()).isEqualTo(401); // the planted id died at login
        assertThat(me(ann.session()).json().get("username").asText()).isEqualTo("ann");
        assertThat(ann.csrf()).isNotEqualTo(mallory.csrf()); // the CSRF token rotates too
    }

    @Test
    void aCrossSiteFormPostWithTheSessionCookieIsRefused() {
        Login ann = login("ann", "ann-password", Map.of());

        TestResponse forged = client.send(TestRequest.of("POST", "/api/notes/create")
                .header("Origin", "https://evil.example")
                .header("Host", "api.example")
                .cookie("sessionid", ann.session())
                .cookie("csrftoken", ann.csrf())
                .form(Map.of("title", "pwned")));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("detail").asText()).isEqualTo("CSRF check failed");

        TestResponse noToken =
                client.send(TestRequest.of("POST", "/api/notes/create").cookie("sessionid", ann.session()));
        assertThat(noToken.status()).isEqualTo(403);

        TestResponse wrongToken = client.send(TestRequest.of("POST", "/api/notes/create")
                .cookie("sessionid", ann.session())
                .cookie("csrftoken", ann.csrf())
                .header("X-CSRFToken", ann.csrf().substring(1) + "A"));
        assertThat(wrongToken.status()).isEqualTo(403);

        TestResponse sameSite = client.send(TestRequest.of("POST", "/api/notes/create")
                .header("Origin", "http://api.example")
                .header("Host", "api.example")
                .cookie("sessionid", ann.session())
                .cookie("csrftoken", ann.csrf())
                .header("X-CSRFToken", ann.csrf()));
        assertThat(sameSite.status()).isEqualTo(201);
        assertThat(sameSite.json().get("created_by").asText()).isEqualTo("ann");
    }

    @Test
    void aLoginFromAnotherSiteIsRefused() {
        TestResponse response = client.send(TestRequest.of("POST", "/api/auth/login")
                .header("Origin", "https://evil.example")
                .header("Host", "api.example")
                .json(Map.of("username", "ann", "password", "ann-password")));
        assertThat(response.status()).isEqualTo(403);
        assertThat(cookie(response, "sessionid")).isEmpty();
    }

    @Test
    void aTamperedOrForgedCookieIsNotASession() {
        Login ann = login("ann", "ann-password", Map.of());
        String key = ann.session().substring(0, ann.session().lastIndexOf('.'));

        assertThat(me(key).status()).isEqualTo(401); // unsigned
        assertThat(me(key + ".AAAA").status()).isEqualTo(401); // wrong signature
        assertThat(me(ann.session().replaceFirst("^.", ann.session().charAt(0) == 'A' ? "B" : "A"))
                        .status())
                .isEqualTo(401); // another key under the old signature
        assertThat(me("x".repeat(10_000)).status()).isEqualTo(401);
    }

    @Test
    void logoutDeletesTheSessionAndExpiryEndsIt() {
        Login ann = login("ann", "ann-password", Map.of());
        TestResponse logout = client.send(TestRequest.of("POST", "/api/auth/logout")
                .cookie("sessionid", ann.session())
                .cookie("csrftoken", ann.csrf())
                .header("X-CSRFToken", ann.csrf()));
        assertThat(logout.status()).isEqualTo(204);
        assertThat(setCookie(logout, "sessionid")).contains("Max-Age=0");
        assertThat(me(ann.session()).status()).isEqualTo(401);
        assertThat(storedSessions()).isZero();

        Login again = login("ann", "ann-password", Map.of());
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertThat(me(again.session()).status()).isEqualTo(200);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(me(again.session()).status()).isEqualTo(401);
        assertThat(new DbSessionStore(db, clock).deleteExpired()).isEqualTo(1);
    }

    @Test
    void theCsrfOperationHandsOutAToken() {
        TestResponse first = client.get("/api/auth/csrf");
        String token = first.json().get("csrftoken").asText();
        assertThat(token).hasSize(43).isEqualTo(cookie(first, "csrftoken"));

        TestResponse again = client.send(TestRequest.of("GET", "/api/auth/csrf").cookie("csrftoken", token));
        assertThat(again.json().get("csrftoken").asText()).isEqualTo(token);
        assertThat(cookie(again, "csrftoken")).isEmpty();
    }
}
