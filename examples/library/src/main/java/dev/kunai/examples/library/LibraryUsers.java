package dev.kunai.examples.library;

import dev.kunai.auth.users.User;
import dev.kunai.auth.users.UserStore;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Db;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Library's users: kunai-auth's {@link Users} in the application's database. The API (and its Basic
 * authenticator) is declared before that database is open — the server opens it at start-up, a test opens one of
 * its own — so the DI container connects the store when it creates {@link LoanController} with the {@link Db} it
 * was given. Until then there are no users: every credential is refused.
 */
public final class LibraryUsers implements UserStore<User> {

    private final AtomicReference<Users> users = new AtomicReference<>();

    /** Finds users in {@code db} from now on. */
    public void connect(Db db) {
        users.set(new Users(db));
    }

    @Override
    public Class<User> type() {
        return User.class;
    }

    @Override
    public Optional<User> find(String id) {
        return connected().flatMap(u -> u.find(id));
    }

    @Override
    public Optional<User> authenticate(String username, String password) {
        return connected().flatMap(u -> u.authenticate(username, password));
    }

    @Override
    public String id(User user) {
        return user.id().map(String::valueOf).orElseThrow();
    }

    @Override
    public void loggedIn(User user) {
        connected().ifPresent(u -> u.loggedIn(user));
    }

    private Optional<Users> connected() {
        return Optional.ofNullable(users.get());
    }
}
