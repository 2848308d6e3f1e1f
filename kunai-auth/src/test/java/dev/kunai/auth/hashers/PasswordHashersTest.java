package dev.kunai.auth.hashers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashersTest {

    // Small parameters keep the tests fast; the encoded hash carries them, so verification does not depend on them.
    private static final Argon2Hasher ARGON2 = Argon2Hasher.create(1024, 1, 1);

    @Test
    void argon2HashesAreDjangosFormatSaltedAndVerified() {
        String first = ARGON2.encode("correct horse");
        String second = ARGON2.encode("correct horse");

        assertThat(first).startsWith("argon2$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(first).isNotEqualTo(second); // a new salt each time
        assertThat(ARGON2.verify("correct horse", first)).isTrue();
        assertThat(ARGON2.verify("correct horsf", first)).isFalse();
        assertThat(ARGON2.verify("correct horse", "argon2$argon2id$garbage")).isFalse();
    }

    @Test
    void djangoPbkdf2HashesVerify() {
        // Computed by Python's hashlib.pbkdf2_hmac('sha256', ...), an independent implementation (Django's own).
        String django = "pbkdf2_sha256$1000$seasalt123$KuEnssc6S4MzVSS8Tu48m1RDSrTAn7j3CfgvvjkvfWA=";
        String unicode = "pbkdf2_sha256$2000$abcdefghij$9zmPWwmX+y4zY2sIeZIYCsqxjf7dLrwswtxFVxO4dg4=";
        Pbkdf2Sha256Hasher hasher = Pbkdf2Sha256Hasher.create(1000);

        assertThat(hasher.verify("correct horse", django)).isTrue();
        assertThat(hasher.verify("correct hors", django)).isFalse();
        assertThat(hasher.verify("pässwörd", unicode)).isTrue();
        assertThat(hasher.verify("correct horse", django.replace("KuE", "KuF"))).isFalse();
        assertThat(hasher.verify("correct horse", "pbkdf2_sha256$x$seasalt123$KuE="))
                .isFalse();
        assertThat(Pbkdf2Sha256Hasher.encode("correct horse", "seasalt123", 1000))
                .isEqualTo(django);
    }

    @Test
    void aDjangoHashIsUpgradedToThePreferredHasherAfterItMatches() {
        PasswordHashers hashers = PasswordHashers.of(ARGON2, Pbkdf2Sha256Hasher.create(1000));
        String django = "pbkdf2_sha256$1000$seasalt123$KuEnssc6S4MzVSS8Tu48m1RDSrTAn7j3CfgvvjkvfWA=";

        assertThat(hashers.check("correct horse", django)).isEqualTo(new PasswordHashers.Check(true, true));
        assertThat(hashers.check("wrong", django)).isEqualTo(new PasswordHashers.Check(false, false));
        String fresh = hashers.encode("correct horse");
        assertThat(hashers.check("correct horse", fresh)).isEqualTo(new PasswordHashers.Check(true, false));
    }

    @Test
    void raisingTheParametersMarksOldHashesForRehash() {
        String weak = ARGON2.encode("pw");
        Argon2Hasher stronger = Argon2Hasher.create(2048, 2, 1);
        assertThat(stronger.verify("pw", weak)).isTrue(); // old parameters still verify
        assertThat(stronger.needsRehash(weak)).isTrue();
        assertThat(stronger.needsRehash(stronger.encode("pw"))).isFalse();

        Pbkdf2Sha256Hasher more = Pbkdf2Sha256Hasher.create(2000);
        assertThat(more.needsRehash("pbkdf2_sha256$1000$s$h")).isTrue();
        assertThat(more.needsRehash("pbkdf2_sha256$2000$s$h")).isFalse();
    }

    @Test
    void unusableAndUnknownHashesNeverMatch() {
        PasswordHashers hashers = PasswordHashers.of(ARGON2);
        assertThat(hashers.check("", "!unusable").matches()).isFalse();
        assertThat(hashers.check("x", "md5$salt$abc").matches()).isFalse();
        assertThat(hashers.check("x", "x").matches()).isFalse();
    }

    @Test
    void invalidParametersAreRejected() {
        assertThatThrownBy(() -> Argon2Hasher.create(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pbkdf2Sha256Hasher.create(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
