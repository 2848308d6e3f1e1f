package dev.kunai.jwt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.kunai.KunaiApi;
import dev.kunai.http.HttpError;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.jwt.InvalidToken;
import dev.kunai.jwt.JwtKeys;
import dev.kunai.jwt.JwtSettings;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.Token;
import dev.kunai.jwt.TokenType;
import dev.kunai.jwt.auth.JwtAuth;
import dev.kunai.jwt.support.MovableClock;
import dev.kunai.jwt.support.People;
import dev.kunai.jwt.support.Person;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tries to get in with tokens that must not work (OWASP API2, broken authentication; RFC 8725): unsigned,
 * algorithm confusion, another algorithm, tampered, expired, not yet valid, wrong issuer or audience, wrong type.
 * Each is rejected by {@link JwtTokens#verify} with a 401 and by {@link JwtAuth} on a real operation.
 */
class TokenRejectionTest {

    static final String SECRET = "a-secret-of-sixty-four-bytes-so-that-hs512-could-also-sign-it-ok";

    @Controller("notes")
    public static class NotesController {
        @Get("me")
        public Map<String, String> me(dev.kunai.http.RequestContext context) {
            return Map.of(
                    "id",
                    dev.kunai.auth.users.CurrentUser.of(context, Person.class)
                            .orElseThrow()
                            .id());
        }
    }

    private final MovableClock clock = new MovableClock();
    private final People people = new People();
    private Person ann;

    @BeforeEach
    void users() {
        ann = people.add("7", "ann", "pw");
    }

    private JwtTokens tokens(JwtSettings settings) {
        return JwtTokens.builder(settings, people).clock(clock).build();
    }

    private JwtTokens hs256(UnaryOperator<JwtSettings.Builder> configure) {
        return tokens(
                configure.apply(JwtSettings.builder(JwtKeys.hs256(SECRET))).build());
    }

    /** Claims a genuine access token for ann would carry, valid now. */
    private JWTClaimsSet.Builder accessClaims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .claim("token_type", "access")
                .claim("user_id", "7")
                .jwtID("f00d")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    private static String signed(JWSAlgorithm algorithm, JWSSigner signer, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String hs(JWSAlgorithm algorithm, String secret, JWTClaimsSet claims) {
        try {
            return signed(algorithm, new MACSigner(secret.getBytes(StandardCharsets.UTF_8)), claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts {@code token} is refused as an access token, by the API and over HTTP. */
    private void rejected(JwtTokens tokens, String token, String detail) {
        assertThatThrownBy(() -> tokens.verify(token, TokenType.ACCESS))
                .isInstanceOf(InvalidToken.class)
                .extracting(e -> ((HttpError) e).status(), e -> ((HttpError) e).detail())
                .containsExactly(401, detail);
        TestClient client = TestClient.forApi(
                KunaiApi.builder()
                        .controllers(NotesController.class)
                        .auth(JwtAuth.of(tokens))
                        .build(),
                GuiceContainer.create());
        var response = client.send(TestRequest.of("GET", "/api/notes/me").header("Authorization", "Bearer " + token));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text()).isEqualTo("{\"detail\":\"Unauthorized\"}");
        assertThat(response.header("WWW-Authenticate")).contains("Bearer");
    }

    private void accepted(JwtTokens tokens, String token) {
        assertThat(tokens.verify(token, TokenType.ACCESS).userId()).isEqualTo("7");
    }

    @Test
    void aGenuineTokenIsAcceptedSoTheRejectionsBelowAreMeaningful() {
        JwtTokens tokens = hs256(b -> b);
        accepted(tokens, hs(JWSAlgorithm.HS256, SECRET, accessClaims().build()));
        accepted(tokens, tokens.pair(ann).access().value());
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRejected() {
        JwtTokens tokens = hs256(b -> b);
        String none = new PlainJWT(accessClaims().build()).serialize();
        String noneWithSignature =
                none + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);

        rejected(tokens, none, InvalidToken.INVALID_OR_EXPIRED);
        rejected(tokens, noneWithSignature, InvalidToken.INVALID_OR_EXPIRED);
    }

    @Test
    void anHs256TokenSignedWithTheRsaPublicKeyAsSecretIsRejected() throws Exception {
        KeyPair rsa = keyPair("RSA", 2048);
        JwtTokens tokens = tokens(JwtSettings.builder(
                        JwtKeys.asymmetric(JWSAlgorithm.RS256, rsa.getPublic(), Optional.of(rsa.getPrivate())))
                .build());
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(rsa.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        String withDer = signed(
                JWSAlgorithm.HS256,
                new MACSigner(rsa.getPublic().getEncoded()),
                accessClaims().build());
        String withPem = hs(JWSAlgorithm.HS256, pem, accessClaims().build());

        accepted(
                tokens,
                signed(
                        JWSAlgorithm.RS256,
                        new RSASSASigner(rsa.getPrivate()),
                        accessClaims().build()));
        rejected(tokens, withDer, InvalidToken.INVALID_OR_EXPIRED);
        rejected(tokens, withPem, InvalidToken.INVALID_OR_EXPIRED);
    }

    @Test
    void aTokenSignedWithAnotherAlgorithmIsRejectedEvenWithTheRightKey() throws Exception {
        JwtTokens tokens = hs256(b -> b);
        rejected(tokens, hs(JWSAlgorithm.HS512, SECRET, accessClaims().build()), InvalidToken.INVALID_OR_EXPIRED);

        KeyPair rsa = keyPair("RSA", 2048);
        JwtTokens rs256 =
                tokens(JwtSettings.builder(JwtKeys.asymmetric(JWSAlgorithm.RS256, rsa.getPublic(), Optional.empty()))
                        .build());
        String ps256 = signed(
                JWSAlgorithm.PS256,
                new RSASSASigner(rsa.getPrivate()),
                accessClaims().build());
        rejected(rs256, ps256, InvalidToken.INVALID_OR_EXPIRED);
    }

    @Test
    void aTamperedSignatureOrPayloadOrAnotherKeyIsRejected() {
        JwtTokens tokens = hs256(b -> b);
        String genuine = tokens.pair(ann).access().value();
        String[] parts = genuine.split("\\.");
        char last = parts[2].charAt(0);
        String badSignature = parts[0] + "." + parts[1] + "." + (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        String otherUser = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"user_id\":\"7\"", "\"user_id\":\"8\"")
                        .getBytes(StandardCharsets.UTF_8));

        rejected(tokens, badSignature, InvalidToken.INVALID_OR_EXPIRED);
        rejected(tokens, parts[0] + "." + otherUser + "." + parts[2], InvalidToken.INVALID_OR_EXPIRED);
        rejected(
                tokens,
                hs(JWSAlgorithm.HS256, SECRET.replace('a', 'b'), accessClaims().build()),
                InvalidToken.INVALID_OR_EXPIRED);
    }

    @Test
    void anExpiredTokenIsRejectedAfterTheLeeway() {
        JwtTokens strict = hs256(b -> b);
        JwtTokens lenient = hs256(b -> b.leeway(Duration.ofSeconds(30)));
        String access = strict.pair(ann).access().value();

        clock.advance(Duration.ofMinutes(5).plusSeconds(10));
        rejected(strict, access, InvalidToken.INVALID_OR_EXPIRED);
        accepted(lenient, access);
        clock.advance(Duration.ofSeconds(30));
        rejected(lenient, access, InvalidToken.INVALID_OR_EXPIRED);
    }

    @Test
    void aTokenNotYetValidIsRejectedBeyondTheLeeway() {
        JwtTokens strict = hs256(b -> b);
        JwtTokens lenient = hs256(b -> b.leeway(Duration.ofSeconds(120)));
        Date inAMinute = Date.from(clock.instant().plusSeconds(60));
        String notBefore = hs(
                JWSAlgorithm.HS256,
                SECRET,
                accessClaims().notBeforeTime(inAMinute).build());
        String issuedLater = hs(
                JWSAlgorithm.HS256, SECRET, accessClaims().issueTime(inAMinute).build());

        rejected(strict, notBefore, InvalidToken.INVALID_OR_EXPIRED);
        rejected(strict, issuedLater, InvalidToken.INVALID_OR_EXPIRED);
        accepted(lenient, notBefore);
        accepted(lenient, issuedLater);
    }

    @Test
    void aWrongOrMissingIssuerIsRejected() {
        requiredClaim(b -> b.issuer("https://kunai.example"), c -> c.issuer("https://evil.example"));
    }

    @Test
    void aWrongOrMissingAudienceIsRejected() {
        requiredClaim(b -> b.audience("books-api"), c -> c.audience("admin-api"));
    }

    /** With {@code configure}'s setting, our own tokens pass; one with {@code wrong}'s value, or without it, does not. */
    private void requiredClaim(
            UnaryOperator<JwtSettings.Builder> configure, UnaryOperator<JWTClaimsSet.Builder> wrong) {
        JwtTokens tokens = hs256(configure);

        accepted(tokens, tokens.pair(ann).access().value());
        rejected(
                tokens,
                hs(JWSAlgorithm.HS256, SECRET, wrong.apply(accessClaims()).build()),
                InvalidToken.INVALID_OR_EXPIRED);
        rejected(tokens, hs(JWSAlgorithm.HS256, SECRET, accessClaims().build()), InvalidToken.INVALID_OR_EXPIRED);
    }

    @Test
    void aRefreshOrSlidingTokenIsNotAnAccessToken() {
        JwtTokens tokens = hs256(b -> b);
        Token refresh = tokens.pair(ann).refresh();

        rejected(tokens, refresh.value(), InvalidToken.WRONG_TYPE);
        rejected(tokens, tokens.sliding(ann).value(), InvalidToken.WRONG_TYPE);
        rejected(
                tokens,
                hs(
                        JWSAlgorithm.HS256,
                        SECRET,
                        accessClaims().claim("token_type", "other").build()),
                InvalidToken.WRONG_TYPE);
    }

    @Test
    void aTokenWithoutItsRequiredClaimsIsRejected() {
        JwtTokens tokens = hs256(b -> b);
        JWTClaimsSet noExpiry = new JWTClaimsSet.Builder(accessClaims().build())
                .expirationTime(null)
                .build();
        JWTClaimsSet noId =
                new JWTClaimsSet.Builder(accessClaims().build()).jwtID(null).build();

        rejected(tokens, hs(JWSAlgorithm.HS256, SECRET, noExpiry), InvalidToken.INVALID_OR_EXPIRED);
        rejected(tokens, hs(JWSAlgorithm.HS256, SECRET, noId), InvalidToken.INVALID_OR_EXPIRED);
        rejected(tokens, "garbage", InvalidToken.INVALID_OR_EXPIRED);
    }

    @Test
    void aDeactivatedUsersValidTokenGivesNoPrincipal() {
        JwtTokens tokens = hs256(b -> b);
        String access = tokens.pair(ann).access().value();
        people.deactivate("7");

        assertThat(tokens.user(tokens.verify(access, TokenType.ACCESS))).isEmpty();
    }

    static KeyPair keyPair(String algorithm, int size) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(size);
        return generator.generateKeyPair();
    }
}
