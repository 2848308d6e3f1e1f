package dev.kunai.data.model;

import dev.kunai.schema.Description;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A library member: the entity whose schemas {@link DerivedModelContract} derives, with Bean Validation constraints. */
@Entity
public class Member {
    @Id
    @GeneratedValue
    public Long id;

    @Size(min = 2)
    @Column(length = 50, nullable = false)
    @Description("The member's full name")
    public String name;

    @Email
    @Column(length = 200, nullable = false, unique = true)
    public String email;

    @Column(length = 100)
    public String password;

    @Column(length = 20, nullable = false)
    public String status = "active";

    @Min(0)
    public Integer age;

    @ManyToOne
    public Author favourite;

    protected Member() {}
}
