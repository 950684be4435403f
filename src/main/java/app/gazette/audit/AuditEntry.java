package app.gazette.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log; never changed once written, deleted only by the retention cleanup. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    static final int MAX_USERNAME = 100;
    static final int MAX_TARGET = 300;
    static final int MAX_ADDRESS = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String action;

    private String target;

    private String address;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, String username, AuditAction action, String target, String address) {
        this.occurredAt = occurredAt;
        this.username = cut(username, MAX_USERNAME);
        this.action = action.key();
        this.target = target == null ? null : cut(target, MAX_TARGET);
        this.address = address == null ? null : cut(address, MAX_ADDRESS);
    }

    AuditEntryView toView() {
        return new AuditEntryView(occurredAt, username, action, target, address);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
