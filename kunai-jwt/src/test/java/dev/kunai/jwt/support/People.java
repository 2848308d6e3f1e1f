package dev.kunai.jwt.support;

import dev.kunai.auth.users.UserStore;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory {@link UserStore} of {@link Person}s with plain passwords (tests only). */
public final class People implements UserStore<Person> {

    private final Map<String, Person> byId = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    /** Adds an active person. */
    public Person add(String id, String username, String password) {
        Person person = new Person(id, username, true);
        byId.put(id, person);
        passwords.put(username, password);
        return person;
    }

    /** Deactivates the person with {@code id}. */
    public void deactivate(String id) {
        byId.computeIfPresent(id, (k, p) -> new Person(p.id(), p.username(), false));
    }

    @Override
    public Class<Person> type() {
        return Person.class;
    }

    @Override
    public Optional<Person> find(String id) {
        return Optional.ofNullable(byId.get(id)).filter(Person::isActive);
    }

    @Override
    public Optional<Person> authenticate(String username, String password) {
        return byId.values().stream()
                .filter(p -> p.username().equals(username) && p.isActive())
                .filter(p -> password.equals(passwords.get(username)))
                .findFirst();
    }

    @Override
    public String id(Person user) {
        return user.id();
    }

    @Override
    public Set<String> idFields() {
        return Set.of("id", "username");
    }

    @Override
    public String idOf(Person user, String field) {
        return "username".equals(field) ? user.username() : UserStore.super.idOf(user, field);
    }

    @Override
    public Optional<Person> findBy(String field, String value) {
        if (!"username".equals(field)) {
            return UserStore.super.findBy(field, value);
        }
        return byId.values().stream()
                .filter(p -> p.username().equals(value) && p.isActive())
                .findFirst();
    }

    @Override
    public void loggedIn(Person user) {}
}
