package app.gazette.api.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A content key: its name, the SHA-256 of its secret (hex) and the secret's last characters. */
@Entity
@Table(name = "content_keys")
class ContentKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "key_hint", nullable = false)
    private String keyHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected ContentKey() {}

    ContentKey(String name, KeySecret secret, Instant now) {
        this.name = name;
        this.createdAt = now;
        issue(secret, now);
    }

    /** Replaces the secret: the old one stops working. */
    void issue(KeySecret secret, Instant now) {
        this.keyHash = secret.hash();
        this.keyHint = secret.hint();
        this.issuedAt = now;
    }

    KeyView view() {
        return new KeyView(id, name, keyHint, createdAt, issuedAt);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }
}
