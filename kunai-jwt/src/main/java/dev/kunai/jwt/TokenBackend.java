package dev.kunai.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Set;

/**
 * Signs claims and verifies tokens with nimbus-jose-jwt (django-ninja-jwt's {@code TokenBackend}). Verification
 * accepts only the configured algorithm with the configured key, so {@code alg: none}, another algorithm, and an
 * HMAC token "signed" with an RSA public key (algorithm confusion, RFC 8725 §2.1) are all rejected; it then checks
 * {@code exp} and {@code nbf} against the clock with the leeway, the issuer and audience when configured, and that
 * the standard claims are present under their configured {@link ClaimNames}.
 */
final class TokenBackend {

    private final JwtSettings settings;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor;

    TokenBackend(JwtSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.processor = new DefaultJWTProcessor<>();
        JwtKeys keys = settings.keys();
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(keys.algorithm(), keys.verifyingKey()));
        processor.setJWTClaimsSetVerifier(new ClockedVerifier(settings, clock));
    }

    /** The clock token times are judged by. */
    Clock clock() {
        return clock;
    }

    /** The settings. */
    JwtSettings settings() {
        return settings;
    }

    /** Signs {@code claims} (adding {@code iss} and {@code aud} when configured) into a token of {@code type}. */
    Token sign(TokenType type, JWTClaimsSet claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder(claims);
        settings.issuer().ifPresent(builder::issuer);
        settings.audience().ifPresent(builder::audience);
        JWTClaimsSet signedClaims = builder.build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(settings.keys().algorithm())
                        .type(JOSEObjectType.JWT)
                        .build(),
                signedClaims);
        try {
            jwt.sign(settings.keys().signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token with " + settings.keys(), e);
        }
        return new Token(jwt.serialize(), type, signedClaims, settings.claimNames());
    }

    /** The verified claims of {@code token}; {@link InvalidToken} when it is not a valid token of this service. */
    JWTClaimsSet verify(String token) {
        try {
            return processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            throw new InvalidToken(InvalidToken.INVALID_OR_EXPIRED);
        }
    }

    /** Nimbus's claims checks with Kunai's clock, leeway, issuer and audience. */
    private static final class ClockedVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
        private final Clock clock;
        private final java.time.Duration leeway;

        ClockedVerifier(JwtSettings settings, Clock clock) {
            super(
                    settings.audience().map(Set::of).orElse(null),
                    exact(settings),
                    settings.claimNames().required(),
                    null);
            this.clock = clock;
            this.leeway = settings.leeway();
            setMaxClockSkew((int) Math.min(Integer.MAX_VALUE, settings.leeway().toSeconds()));
        }

        private static JWTClaimsSet exact(JwtSettings settings) {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
            settings.issuer().ifPresent(builder::issuer);
            return builder.build();
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            Date issued = claims.getIssueTime();
            if (issued != null && issued.toInstant().isAfter(clock.instant().plus(leeway))) {
                throw new BadJWTException("JWT issued in the future"); // PyJWT's ImmatureSignatureError on iat
            }
        }
    }
}
