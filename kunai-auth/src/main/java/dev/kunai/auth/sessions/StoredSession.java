package dev.kunai.auth.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of {@code kunai_session} (Django's {@code django_session}); used by {@link DbSessionStore} only. */
@Entity
@Table(name = "kunai_session")
public class StoredSession {

    @Id
    @Column(name = "session_key", length = 64)
    String key;

    @Column(name = "session_data", length = 8000, nullable = false)
    String data;

    @Column(name = "expire_date", nullable = false)
    Instant expireDate;

    /** For Hibernate. */
    protected StoredSession() {}

    StoredSession(String key, String data, Instant expireDate) {
        this.key = key;
        this.data = data;
        this.expireDate = expireDate;
    }
}
