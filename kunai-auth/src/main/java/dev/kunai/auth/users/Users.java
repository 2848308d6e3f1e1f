package dev.kunai.auth.users;

import dev.kunai.auth.hashers.PasswordHashers;
import dev.kunai.data.db.Db;
import dev.kunai.data.db.Session;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Kunai's users in the application's database (Django's {@code User.objects} + {@code ModelBackend}): create
 * users and superusers, set and check passwords, grant model permissions. Users come back detached with their
 * permission names loaded, so {@link User#hasPermission} works outside any transaction.
 */
public final class Users implements UserStore<User> {

    private final Db db;
    private final PasswordHashers hashers;

    /** The users of {@code db}, hashing with {@link PasswordHashers#defaults()} (Argon2id; Django PBKDF2 verified). */
    @Inject
    public Users(Db db) {
        this(db, PasswordHashers.defaults());
    }

    private Users(Db db, PasswordHashers hashers) {
        this.db = Objects.requireNonNull(db, "db");
        this.hashers = Objects.requireNonNull(hashers, "hashers");
    }

    /** The users of {@code db}, hashing with {@code hashers}. */
    public static Users of(Db db, PasswordHashers hashers) {
        return new Users(db, hashers);
    }

    /** The hashers in use. */
    public PasswordHashers hashers() {
        return hashers;
    }

    @Override
    public Class<User> type() {
        return User.class;
    }

    /** Creates an active user; {@code IllegalArgumentException} when the username is blank or taken. */
    public User createUser(String username, String email, String password) {
        return create(username, email, password, false);
    }

    /** Creates an active staff superuser (what {@code createsuperuser} runs). */
    public User createSuperuser(String username, String email, String password) {
        return create(username, email, password, true);
    }

    private User create(String username, String email, String password, boolean superuser) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("The username must not be blank");
        }
        String hash = hashers.encode(password);
        return db.transaction(session -> {
            if (session.first(User.class, "e.username = ?1", username).isPresent()) {
                throw new IllegalArgumentException("A user with username '" + username + "' already exists");
            }
            User user = new User(username, Objects.requireNonNull(email, "email"), hash);
            user.staff(superuser).superuser(superuser);
            return withPermissions(session.create(user));
        });
    }

    /** The user called {@code username}, active or not, with permissions loaded. */
    public Optional<User> byUsername(String username) {
        return db.read(session ->
                session.first(User.class, "e.username = ?1", username).map(Users::withPermissions));
    }

    /** Hashes and stores a new password for {@code username}; false when there is no such user. */
    public boolean setPassword(String username, String password) {
        String hash = hashers.encode(password);
        return db.transaction(session -> session.first(User.class, "e.username = ?1", username)
                .map(user -> user.passwordHash(hash))
                .isPresent());
    }

    @Override
    public Optional<User> find(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return db.read(
                session -> session.find(User.class, key).filter(User::isActive).map(Users::withPermissions));
    }

    @Override
    public Optional<User> authenticate(String username, String password) {
        Optional<User> found = db.read(session -> session.first(User.class, "e.username = ?1", username));
        if (found.isEmpty()) {
            hashers.spendCheckTime(password);
            return Optional.empty();
        }
        PasswordHashers.Check check = hashers.check(password, found.get().passwordHash());
        if (!check.matches() || !found.get().isActive()) {
            return Optional.empty();
        }
        long id = found.get().id().orElseThrow();
        String newHash = check.needsRehash() ? hashers.encode(password) : null;
        return Optional.of(db.transaction(session -> {
            User user = session.find(User.class, id).orElseThrow();
            if (newHash != null) {
                user.passwordHash(newHash);
            }
            return withPermissions(user);
        }));
    }

    @Override
    public String id(User user) {
        return Long.toString(user.id().orElseThrow(() -> new IllegalArgumentException("The user is not saved")));
    }

    /** {@code id} and {@code username} (unique): what {@code jwt.user-id-field} may name. */
    @Override
    public Set<String> idFields() {
        return Set.of("id", "username");
    }

    @Override
    public String idOf(User user, String field) {
        return "username".equals(field) ? user.username() : UserStore.super.idOf(user, field);
    }

    @Override
    public Optional<User> findBy(String field, String value) {
        return "username".equals(field)
                ? byUsername(value).filter(User::isActive)
                : UserStore.super.findBy(field, value);
    }

    @Override
    public void loggedIn(User user) {
        Instant now = Instant.now();
        long id = user.id().orElseThrow();
        db.inTransaction(session -> session.find(User.class, id).ifPresent(u -> u.lastLogin(now)));
        user.lastLogin(now);
    }

    /**
     * Creates the add / change / delete / view permissions of each model under {@code appLabel} (Django does it
     * after {@code migrate}); existing ones are kept. Returns their qualified names.
     */
    public List<String> createModelPermissions(String appLabel, Class<?>... models) {
        return db.transaction(session -> {
            List<String> names = new ArrayList<>();
            for (Class<?> model : models) {
                for (String action : ModelPermission.DEFAULT_ACTIONS) {
                    names.add(ensure(session, ModelPermission.forModel(appLabel, action, model))
                            .qualifiedName());
                }
            }
            return names;
        });
    }

    /** Grants {@code permission} ({@code books.change_book}, which must exist) to {@code username} directly. */
    public void grant(String username, String permission) {
        db.inTransaction(session -> user(session, username).userPermissions().add(permission(session, permission)));
    }

    /** Creates the group if needed, grants it the given permissions and returns it. */
    public Group group(String name, String... permissions) {
        return db.transaction(session -> {
            Group group =
                    session.first(Group.class, "e.name = ?1", name).orElseGet(() -> session.create(new Group(name)));
            for (String permission : permissions) {
                group.permissions().add(permission(session, permission));
            }
            return group;
        });
    }

    /** Adds {@code username} to the group called {@code group} (which must exist). */
    public void addToGroup(String username, String group) {
        db.inTransaction(session -> user(session, username)
                .groups()
                .add(session.first(Group.class, "e.name = ?1", group)
                        .orElseThrow(() -> new IllegalArgumentException("No group named '" + group + "'"))));
    }

    private static User user(Session session, String username) {
        return session.first(User.class, "e.username = ?1", username)
                .orElseThrow(() -> new IllegalArgumentException("No user named '" + username + "'"));
    }

    private static ModelPermission permission(Session session, String qualified) {
        int dot = qualified.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("A permission is named app_label.codename, not '" + qualified + "'");
        }
        return session.first(
                        ModelPermission.class,
                        "e.appLabel = ?1 and e.codename = ?2",
                        qualified.substring(0, dot),
                        qualified.substring(dot + 1))
                .orElseThrow(() -> new IllegalArgumentException("No permission named '" + qualified + "'"));
    }

    private static ModelPermission ensure(Session session, ModelPermission wanted) {
        return session.first(
                        ModelPermission.class,
                        "e.appLabel = ?1 and e.codename = ?2",
                        wanted.appLabel(),
                        wanted.codename())
                .orElseGet(() -> session.create(wanted));
    }

    private static User withPermissions(User user) {
        user.allPermissions(); // loads groups and permissions while the session is open
        return user;
    }
}
