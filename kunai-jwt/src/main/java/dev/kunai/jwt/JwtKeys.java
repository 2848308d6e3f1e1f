package dev.kunai.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.Curve;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;

/**
 * The algorithm and keys tokens are signed and verified with (django-ninja-jwt's {@code ALGORITHM},
 * {@code SIGNING_KEY} and {@code VERIFYING_KEY}). HMAC ({@code HS256}, the default, and {@code HS384} /
 * {@code HS512}) uses one shared secret; RSA ({@code RS256/384/512}) and ECDSA ({@code ES256/384/512}) sign with a
 * private key and verify with the public key, read from PEM files (PKCS#8 {@code PRIVATE KEY}, X.509
 * {@code PUBLIC KEY}). A service that only verifies tokens needs the public key alone. Signing and verifying are
 * done by nimbus-jose-jwt; only the one configured algorithm is ever accepted (RFC 8725 §3.1).
 */
public final class JwtKeys {

    private static final Set<JWSAlgorithm> HMAC = JWSAlgorithm.Family.HMAC_SHA;
    private static final Set<JWSAlgorithm> RSA = JWSAlgorithm.Family.RSA;
    private static final Set<JWSAlgorithm> EC = JWSAlgorithm.Family.EC;

    private final JWSAlgorithm algorithm;
    private final Key verifyingKey;
    private final Optional<JWSSigner> signer;

    private JwtKeys(JWSAlgorithm algorithm, Key verifyingKey, Optional<JWSSigner> signer) {
        this.algorithm = algorithm;
        this.verifyingKey = verifyingKey;
        this.signer = signer;
    }

    /**
     * HMAC-SHA256 with {@code secret} (UTF-8); {@code IllegalArgumentException} when it is shorter than 32 bytes
     * (RFC 7518 §3.2 wants a key at least as long as the hash).
     */
    public static JwtKeys hs256(String secret) {
        return hmac(JWSAlgorithm.HS256, secret.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC with {@code algorithm} ({@code HS256/384/512}) and {@code secret}, at least as long as the hash. */
    public static JwtKeys hmac(JWSAlgorithm algorithm, byte[] secret) {
        requireFamily(algorithm, HMAC, "an HMAC");
        try {
            MACSigner signer = new MACSigner(secret.clone());
            if (!signer.supportedJWSAlgorithms().contains(algorithm)) {
                throw new IllegalArgumentException("The signing key is too short for " + algorithm
                        + ": it needs at least " + minimumHmacBytes(algorithm) + " bytes");
            }
            return new JwtKeys(algorithm, new SecretKeySpec(secret.clone(), "HmacSHA"), Optional.of(signer));
        } catch (JOSEException e) {
            throw new IllegalArgumentException(
                    "The signing key is too short for " + algorithm + ": it needs at least "
                            + minimumHmacBytes(algorithm) + " bytes",
                    e);
        }
    }

    /**
     * RSA or ECDSA with {@code algorithm}: verifies with {@code publicKey} and, when {@code privateKey} is given,
     * signs with it. {@code IllegalArgumentException} when a key does not suit the algorithm.
     */
    public static JwtKeys asymmetric(JWSAlgorithm algorithm, PublicKey publicKey, Optional<PrivateKey> privateKey) {
        boolean rsa = RSA.contains(algorithm);
        if (!rsa && !EC.contains(algorithm)) {
            throw new IllegalArgumentException(algorithm + " is not an RSA or ECDSA algorithm");
        }
        String family = rsa ? "RSA" : "EC";
        if (!publicKey.getAlgorithm().equals(family)) {
            throw new IllegalArgumentException(
                    algorithm + " needs an " + family + " public key, not " + publicKey.getAlgorithm());
        }
        Optional<JWSSigner> signer = privateKey.map(key -> {
            if (!key.getAlgorithm().equals(family)) {
                throw new IllegalArgumentException(
                        algorithm + " needs an " + family + " private key, not " + key.getAlgorithm());
            }
            return rsa ? new RSASSASigner(key) : ecSigner(key);
        });
        signer.ifPresent(s -> requireMatchingPair(algorithm, s, publicKey));
        return new JwtKeys(algorithm, publicKey, signer);
    }

    /**
     * Keys read from PEM files: the public key ({@code -----BEGIN PUBLIC KEY-----}) and, to sign, the PKCS#8
     * private key ({@code -----BEGIN PRIVATE KEY-----}; convert a PKCS#1 RSA key with
     * {@code openssl pkcs8 -topk8 -nocrypt}).
     */
    public static JwtKeys fromPemFiles(JWSAlgorithm algorithm, Path publicKeyFile, Optional<Path> privateKeyFile) {
        String family = RSA.contains(algorithm) ? "RSA" : "EC";
        PublicKey publicKey = (PublicKey) readPem(publicKeyFile, family, false);
        Optional<PrivateKey> privateKey = privateKeyFile.map(file -> (PrivateKey) readPem(file, family, true));
        return asymmetric(algorithm, publicKey, privateKey);
    }

    /** Whether {@code algorithm} is one of the RSA or ECDSA algorithms (signed with a private key). */
    public static boolean isAsymmetric(JWSAlgorithm algorithm) {
        return RSA.contains(algorithm) || EC.contains(algorithm);
    }

    /** The one algorithm tokens are signed with and must carry in their {@code alg} header. */
    public JWSAlgorithm algorithm() {
        return algorithm;
    }

    /** The key signatures are verified with (the HMAC secret or the public key). */
    Key verifyingKey() {
        return verifyingKey;
    }

    /** The signer; {@code IllegalStateException} when only a public key was configured. */
    JWSSigner signer() {
        return signer.orElseThrow(() -> new IllegalStateException("No private key is configured for " + algorithm
                + ": this service can verify tokens but not issue them"));
    }

    @Override
    public String toString() {
        return "JwtKeys[" + algorithm + "]";
    }

    private static void requireFamily(JWSAlgorithm algorithm, Set<JWSAlgorithm> family, String what) {
        if (!family.contains(Objects.requireNonNull(algorithm, "algorithm"))) {
            throw new IllegalArgumentException(algorithm + " is not " + what + " algorithm");
        }
    }

    /** Signs a probe with the private key and verifies it with the public one, so a mismatched pair fails now. */
    private static void requireMatchingPair(JWSAlgorithm algorithm, JWSSigner signer, PublicKey publicKey) {
        JWSObject probe = new JWSObject(new JWSHeader(algorithm), new Payload("kunai-jwt key check"));
        try {
            probe.sign(signer);
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(probe.getHeader(), publicKey);
            if (!probe.verify(verifier)) {
                throw new IllegalArgumentException("The private key does not belong to the public key");
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException(
                    "The keys cannot sign or verify " + algorithm + ": " + e.getMessage(), e);
        }
    }

    private static boolean curveSuits(JWSAlgorithm algorithm, ECPublicKey key) {
        Curve curve = Curve.forECParameterSpec(key.getParams());
        return curve != null && Curve.forJWSAlgorithm(algorithm).contains(curve);
    }

    private static int minimumHmacBytes(JWSAlgorithm algorithm) {
        return Integer.parseInt(algorithm.getName().substring(2)) / 8;
    }

    private static JWSSigner ecSigner(PrivateKey key) {
        try {
            return new ECDSASigner((ECPrivateKey) key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Unsupported EC private key: " + e.getMessage(), e);
        }
    }

    private static Key readPem(Path file, String family, boolean isPrivate) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
        String label = isPrivate ? "PRIVATE KEY" : "PUBLIC KEY";
        int begin = text.indexOf("-----BEGIN " + label + "-----");
        int end = text.indexOf("-----END " + label + "-----");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(file + " holds no PEM '" + label + "' block"
                    + (isPrivate ? " (a PKCS#8 private key is needed)" : ""));
        }
        String base64 = text.substring(begin + label.length() + 16, end).replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            KeyFactory factory = KeyFactory.getInstance(family);
            return isPrivate
                    ? factory.generatePrivate(new PKCS8EncodedKeySpec(der))
                    : factory.generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    file + " does not hold an " + family + " " + label.toLowerCase(java.util.Locale.ROOT), e);
        }
    }
}
