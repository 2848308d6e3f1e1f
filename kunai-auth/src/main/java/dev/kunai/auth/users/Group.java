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
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A named set of permissions that users belong to (Django's {@code auth.Group}). */
@Entity(name = "AuthGroup")
@Table(name = "auth_group")
public class Group {

    @Id
    @GeneratedValue(generator = "auth_group_seq")
    @SequenceGenerator(name = "auth_group_seq", sequenceName = "auth_group_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", length = 150, nullable = false, unique = true)
    private String name;

    @ManyToMany
    @JoinTable(
            name = "auth_group_permissions",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "permission_id"))
    private Set<ModelPermission> permissions = new LinkedHashSet<>();

    /** For Hibernate. */
    protected Group() {}

    /** A new, unsaved group. */
    public Group(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The generated id (empty until saved). */
    public java.util.Optional<Long> id() {
        return java.util.Optional.ofNullable(id);
    }

    /** The group's unique name. */
    public String name() {
        return name;
    }

    /** The permissions every member holds (mutable inside a transaction). */
    public Set<ModelPermission> permissions() {
        return permissions;
    }
}
