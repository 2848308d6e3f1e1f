package dev.kunai.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import dev.kunai.jwt.support.People;
import dev.kunai.jwt.support.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RS256 and ES256 with PEM key files, configured in code and through the {@code jwt.*} settings. */
class KeyFilesTest {

    @TempDir
    Path dir;

    private final People people = new People();
    private final Person ann = people.add("5", "ann", "pw");

    private Path pem(String name, String label, Key key) throws IOException {
        String text = "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END " + label + "-----\n";
        return Files.writeString(dir.resolve(name), text, StandardCharsets.US_ASCII);
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private void roundTrip(JwtKeys keys, JWSAlgorithm expected) throws Exception {
        JwtTokens tokens =
                JwtTokens.builder(JwtSettings.builder(keys).build(), people).build();
        String access = tokens.pair(ann).access().value();
        assertThat(SignedJWT.parse(access).getHeader().getAlgorithm()).isEqualTo(expected);
        assertThat(tokens.verify(access, TokenType.ACCESS).userId()).isEqualTo("5");
    }

    @Test
    void rs256SignsWithThePrivateKeyFileAndVerifiesWithThePublicOne() throws Exception {
        KeyPair pair = rsa();
        Path publicKey = pem("public.pem", "PUBLIC KEY", pair.getPublic());
        Path privateKey = pem("private.pem", "PRIVATE KEY", pair.getPrivate());

        JwtKeys keys = JwtKeys.fromPemFiles(JWSAlgorithm.RS256, publicKey, Optional.of(privateKey));

        assertThat(keys.algorithm()).isEqualTo(JWSAlgorithm.RS256);
        roundTrip(keys, JWSAlgorithm.RS256);
    }

    @Test
    void es256FromTheSettingsAndAVerifyOnlyServiceThatCannotIssue() throws Exception {
        KeyPair pair = ec("secp256r1");
        Path publicKey = pem("ec-public.pem", "PUBLIC KEY", pair.getPublic());
        Path privateKey = pem("ec-private.pem", "PRIVATE KEY", pair.getPrivate());
        JwtSettings issuing = JwtSettings.fromSettings(key -> Optional.ofNullable(Map.of(
                        "jwt.algorithm", "es256",
                        "jwt.public-key-file", publicKey.toString(),
                        "jwt.private-key-file", privateKey.toString())
                .get(key)));
        JwtSettings verifying = JwtSettings.fromSettings(
                key -> Optional.ofNullable(Map.of("jwt.algorithm", "ES256", "jwt.public-key-file", publicKey.toString())
                        .get(key)));

        roundTrip(issuing.keys(), JWSAlgorithm.ES256);
        String access =
                JwtTokens.builder(issuing, people).build().pair(ann).access().value();
        JwtTokens verifier = JwtTokens.builder(verifying, people).build();
        assertThat(verifier.verify(access, TokenType.ACCESS).userId()).isEqualTo("5");
        assertThatThrownBy(() -> verifier.pair(ann))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No private key");
    }

    @Test
    void keysThatDoNotSuitTheAlgorithmStopStartUp() throws Exception {
        KeyPair rsa = rsa();
        KeyPair p384 = ec("secp384r1");
        Path rsaPublic = pem("rsa.pem", "PUBLIC KEY", rsa.getPublic());
        Path rsaPrivateAsPublic = pem("wrong.pem", "PRIVATE KEY", rsa.getPrivate());

        assertThatThrownBy(() -> JwtKeys.fromPemFiles(JWSAlgorithm.ES256, rsaPublic, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EC public key");
        assertThatThrownBy(() -> JwtKeys.fromPemFiles(JWSAlgorithm.RS256, rsaPrivateAsPublic, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PUBLIC KEY");
        assertThatThrownBy(
                        () -> JwtKeys.asymmetric(JWSAlgorithm.ES256, p384.getPublic(), Optional.of(p384.getPrivate())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ES256");
        assertThatThrownBy(
                        () -> JwtKeys.asymmetric(JWSAlgorithm.RS256, rsa.getPublic(), Optional.of(rsa().getPrivate())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong");
        assertThatThrownBy(() -> JwtKeys.hs256("too-short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
    }
}
