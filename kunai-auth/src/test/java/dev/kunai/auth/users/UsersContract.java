package dev.kunai.auth.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.auth.hashers.Argon2Hasher;
import dev.kunai.auth.hashers.PasswordHashers;
import dev.kunai.auth.hashers.Pbkdf2Sha256Hasher;
import dev.kunai.data.db.Db;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Users, groups and model permissions on a database built by kunai-auth's migrations (H2 and PostgreSQL). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UsersContract {

    private Db db;
    private Users users;

    /** A fresh database with kunai-auth's migrations applied. */
    abstract Db open();

    /** Closes (and drops) it. */
    abstract void close(Db db);

    @BeforeAll
    void start() {
        db = open();
        users = Users.of(db, PasswordHashers.of(Argon2Hasher.create(1024, 1, 1), Pbkdf2Sha256Hasher.create(1000)));
    }

    @AfterAll
    void stop() {
        close(db);
    }

    @BeforeEach
    void empty() {
        db.truncate();
    }

    /** A placeholder entity for model permissions. */
    static final class Book {}

    @Test
    void createdUsersAuthenticateWithTheirPasswordOnly() {
        User ann = users.createUser("ann", "ann@example.com", "s3cret-pass");

        assertThat(ann.passwordHash()).startsWith("argon2$").doesNotContain("s3cret");
        assertThat(ann.isStaff()).isFalse();
        assertThat(users.authenticate("ann", "s3cret-pass")).map(User::username).contains("ann");
        assertThat(users.authenticate("ann", "wrong")).isEmpty();
        assertThat(users.authenticate("nobody", "s3cret-pass")).isEmpty();
        assertThat(users.find(users.id(ann))).map(User::email).contains("ann@example.com");
        assertThat(users.find("not-a-number")).isEmpty();
        assertThatThrownBy(() -> users.createUser("ann", "", "other-pass"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void inactiveUsersCannotAuthenticateNorBeFound() {
        User bob = users.createUser("bob", "", "bob-password");
        db.inTransaction(
                s -> s.find(User.class, bob.id().orElseThrow()).orElseThrow().active(false));

        assertThat(users.authenticate("bob", "bob-password")).isEmpty();
        assertThat(users.find(users.id(bob))).isEmpty();
    }

    @Test
    void aDjangoHashLogsInAndIsReplacedByArgon2() {
        User carol = users.createUser("carol", "", "placeholder");
        String django = "pbkdf2_sha256$1000$seasalt123$KuEnssc6S4MzVSS8Tu48m1RDSrTAn7j3CfgvvjkvfWA=";
        db.inTransaction(
                s -> s.find(User.class, carol.id().orElseThrow()).orElseThrow().passwordHash(django));

        assertThat(users.authenticate("carol", "correct horse")).isPresent();

        String stored = users.byUsername("carol").orElseThrow().passwordHash();
        assertThat(stored).startsWith("argon2$argon2id$");
        assertThat(users.authenticate("carol", "correct horse")).isPresent();
    }

    @Test
    void permissionsComeFromTheUserAndTheirGroups() {
        assertThat(users.createModelPermissions("books", Book.class))
                .containsExactly("books.add_book", "books.change_book", "books.delete_book", "books.view_book");
        users.createModelPermissions("books", Book.class); // idempotent
        users.createUser("dan", "", "dan-password");
        users.createUser("eve", "", "eve-password");
        users.grant("dan", "books.view_book");
        users.group("editors", "books.change_book", "books.add_book");
        users.addToGroup("eve", "editors");

        User dan = users.authenticate("dan", "dan-password").orElseThrow();
        User eve = users.authenticate("eve", "eve-password").orElseThrow();
        assertThat(dan.hasPermission("books.view_book")).isTrue();
        assertThat(dan.hasPermission("books.change_book")).isFalse();
        assertThat(eve.hasPermission("books.change_book")).isTrue();
        assertThat(eve.hasPermission("books.view_book")).isFalse();
        assertThat(eve.allPermissions()).containsExactlyInAnyOrder("books.change_book", "books.add_book");

        User root = users.createSuperuser("root", "", "root-password");
        assertThat(root.isStaff()).isTrue();
        assertThat(root.hasPermission("anything.at_all")).isTrue();
        assertThatThrownBy(() -> users.grant("dan", "books.fly_book")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loginTimeAndNewPasswordsAreStored() {
        User fay = users.createUser("fay", "", "first-password");
        assertThat(fay.lastLogin()).isEmpty();
        users.loggedIn(fay);
        assertThat(users.byUsername("fay").orElseThrow().lastLogin()).isPresent();

        assertThat(users.setPassword("fay", "second-password")).isTrue();
        assertThat(users.setPassword("nobody", "x")).isFalse();
        assertThat(users.authenticate("fay", "first-password")).isEmpty();
        assertThat(users.authenticate("fay", "second-password")).isPresent();
    }
}
