package dev.kunai.auth.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Locale;
import java.util.Objects;

/**
 * A model permission row (Django's {@code auth.Permission}): {@code books.change_book} is app label
 * {@code books} and codename {@code change_book}. Granted to users directly or through their groups.
 */
@Entity
@Table(name = "auth_permission", uniqueConstraints = @UniqueConstraint(columnNames = {"app_label", "codename"}))
public class ModelPermission {

    /** The four actions Django creates a permission for on every model. */
    public static final java.util.List<String> DEFAULT_ACTIONS = java.util.List.of("add", "change", "delete", "view");

    @Id
    @GeneratedValue(generator = "auth_permission_seq")
    @SequenceGenerator(name = "auth_permission_seq", sequenceName = "auth_permission_seq", allocationSize = 50)
    private Long id;

    @Column(name = "app_label", length = 100, nullable = false)
    private String appLabel;

    @Column(name = "codename", length = 100, nullable = false)
    private String codename;

    @Column(name = "name", length = 255, nullable = false)
    private String name;

    /** For Hibernate. */
    protected ModelPermission() {}

    /** A new, unsaved permission, e.g. {@code ("books", "change_book", "Can change book")}. */
    public ModelPermission(String appLabel, String codename, String name) {
        this.appLabel = Objects.requireNonNull(appLabel, "appLabel");
        this.codename = Objects.requireNonNull(codename, "codename");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The permission for {@code action} ("add", "change", "delete", "view") on {@code model} in {@code appLabel}. */
    public static ModelPermission forModel(String appLabel, String action, Class<?> model) {
        String modelName = model.getSimpleName().toLowerCase(Locale.ROOT);
        return new ModelPermission(appLabel, action + "_" + modelName, "Can " + action + " " + modelName);
    }

    /** The generated id (empty until saved). */
    public java.util.Optional<Long> id() {
        return java.util.Optional.ofNullable(id);
    }

    /** The app label, e.g. {@code books}. */
    public String appLabel() {
        return appLabel;
    }

    /** The codename, e.g. {@code change_book}. */
    public String codename() {
        return codename;
    }

    /** The human-readable name, e.g. {@code Can change book}. */
    public String name() {
        return name;
    }

    /** The name permission checks use: {@code appLabel.codename}, e.g. {@code books.change_book}. */
    public String qualifiedName() {
        return appLabel + "." + codename;
    }
}
