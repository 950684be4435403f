package app.gazette.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named secret shared by every node (V7). */
@Entity
@Table(name = "site_secrets")
class SiteSecret {

    @Id
    @Column(name = "secret_name")
    private String name;

    @Column(name = "secret_value", nullable = false)
    private String value;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SiteSecret() {}

    SiteSecret(String name, String value, Instant createdAt) {
        this.name = name;
        this.value = value;
        this.createdAt = createdAt;
    }

    String getValue() {
        return value;
    }
}
