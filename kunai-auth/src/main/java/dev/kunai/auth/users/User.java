package dev.kunai.auth.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Kunai's ready user (Django's {@code auth.User}): username, email, password hash, the active / staff /
 * superuser flags, last login and date joined, with groups and directly granted permissions. Create and
 * authenticate users through {@link Users}, which hashes passwords; the hash is never serialized by accident
 * because no accessor returns it except {@link #passwordHash()}.
 */
@Entity
@Table(name = "auth_user")
public class User implements AuthUser {

    @Id
    @GeneratedValue(generator = "auth_user_seq")
    @SequenceGenerator(name = "auth_user_seq", sequenceName = "auth_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", length = 150, nullable = false, unique = true)
    private String username;

    @Column(name = "email", length = 254, nullable = false)
    private String email = "";

    @Column(name = "password", length = 255, nullable = false)
    private String password;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Column(name = "is_staff", nullable = false)
    private boolean staff;

    @Column(name = "is_superuser", nullable = false)
    private boolean superuser;

    @Column(name = "last_login")
    private Instant lastLogin;

    @Column(name = "date_joined", nullable = false)
    private Instant dateJoined = Instant.now();

    @ManyToMany
    @JoinTable(
            name = "auth_user_groups",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<Group> groups = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "auth_user_user_permissions",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "permission_id"))
    private Set<ModelPermission> userPermissions = new LinkedHashSet<>();

    @Transient
    private Set<String> permissionNames;

    /** For Hibernate. */
    protected User() {}

    /** A new, unsaved, active user with the given password hash (see {@link Users#createUser}). */
    public User(String username, String email, String passwordHash) {
        this.username = Objects.requireNonNull(username, "username");
        this.email = Objects.requireNonNull(email, "email");
        this.password = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    /** The generated id (empty until saved). */
    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    @Override
    public String username() {
        return username;
    }

    /** The email address ({@code ""} when none was given, as in Django). */
    public String email() {
        return email;
    }

    /** Changes the email address. */
    public User email(String value) {
        this.email = Objects.requireNonNull(value, "email");
        return this;
    }

    /** The encoded password hash ({@code argon2$argon2id$...} or {@code pbkdf2_sha256$...}); never the password. */
    public String passwordHash() {
        return password;
    }

    /** Replaces the password hash (use {@link Users#setPassword} to hash a new password). */
    public User passwordHash(String hash) {
        this.password = Objects.requireNonNull(hash, "hash");
        return this;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    /** Activates or deactivates the account. */
    public User active(boolean value) {
        this.active = value;
        return this;
    }

    @Override
    public boolean isStaff() {
        return staff;
    }

    /** Grants or withdraws staff status. */
    public User staff(boolean value) {
        this.staff = value;
        return this;
    }

    @Override
    public boolean isSuperuser() {
        return superuser;
    }

    /** Grants or withdraws superuser status. */
    public User superuser(boolean value) {
        this.superuser = value;
        return this;
    }

    /** When the user last logged in (empty if never). */
    public Optional<Instant> lastLogin() {
        return Optional.ofNullable(lastLogin);
    }

    /** Records a login at {@code when}. */
    public User lastLogin(Instant when) {
        this.lastLogin = Objects.requireNonNull(when, "when");
        return this;
    }

    /** When the account was created. */
    public Instant dateJoined() {
        return dateJoined;
    }

    /** The user's groups (mutable inside a transaction). */
    public Set<Group> groups() {
        return groups;
    }

    /** The permissions granted to the user directly (mutable inside a transaction). */
    public Set<ModelPermission> userPermissions() {
        return userPermissions;
    }

    /**
     * Every permission name the user holds directly or through a group ({@code books.change_book}); read inside
     * the session that loaded the user, or after {@link Users} loaded it (then cached on this instance).
     */
    public Set<String> allPermissions() {
        if (permissionNames == null) {
            Set<String> names = new HashSet<>();
            userPermissions.forEach(p -> names.add(p.qualifiedName()));
            groups.forEach(g -> g.permissions().forEach(p -> names.add(p.qualifiedName())));
            permissionNames = Set.copyOf(names);
        }
        return permissionNames;
    }

    @Override
    public boolean hasPermission(String permission) {
        if (!active) {
            return false;
        }
        return superuser || allPermissions().contains(permission);
    }

    @Override
    public String toString() {
        return "User[" + username + "]";
    }
}
