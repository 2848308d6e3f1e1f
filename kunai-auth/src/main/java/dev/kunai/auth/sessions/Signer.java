package dev.kunai.auth.sessions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs cookie values with HMAC-SHA256 under the secret key (Django's {@code signing.Signer}):
 * {@code value.signature}, checked in constant time. Also makes random tokens (session keys, CSRF tokens).
 */
final class Signer {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String salt;

    Signer(byte[] secret, String salt) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.salt = salt;
    }

    /** {@code value} with its signature appended after a dot. */
    String sign(String value) {
        return value + "." + signature(value);
    }

    /** The value of a signed string, if its signature is right. */
    Optional<String> unsign(String signed) {
        int dot = signed.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String value = signed.substring(0, dot);
        byte[] given = signed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(value).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(value) : Optional.empty();
    }

    private String signature(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(salt.getBytes(StandardCharsets.UTF_8));
            return URL.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks HmacSHA256", e);
        }
    }

    /** A new random token of 32 bytes (256 bits), base64url without padding (43 characters). */
    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }
}
