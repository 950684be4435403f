package app.gazette.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An article's author as articles show them: a read-only view of the user feature's {@code users}
 * rows (login and display name), so that lists fetch bylines in the same statement as their
 * articles without naming the user feature's entity. Written only as a foreign key, by id.
 */
@Entity
@Immutable
@Table(name = "users")
class Byline {

    @Id
    private Long id;

    @Column(name = "username", insertable = false, updatable = false)
    private String username;

    @Column(name = "display_name", insertable = false, updatable = false)
    private String displayName;

    protected Byline() {}

    Byline(Long id, String username, String displayName) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }
}
