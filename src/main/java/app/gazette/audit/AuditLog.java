package app.gazette.audit;

import app.gazette.shared.PageView;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log for the admin page: newest first, filtered, a page at a time. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditRepository entries;

    AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    public PageView<AuditEntryView> search(AuditQuery query) {
        int number = Math.max(1, query.page());
        Page<AuditEntry> page = entries.findAll(matching(query), PageRequest.of(number - 1, PAGE_SIZE, NEWEST_FIRST));
        return new PageView<>(
                page.getContent().stream().map(AuditEntry::toView).toList(), number, Math.max(1, page.getTotalPages()));
    }

    private static Specification<AuditEntry> matching(AuditQuery query) {
        return (root, criteria, where) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.username() != null) {
                all.add(where.equal(root.get("username"), query.username()));
            }
            if (query.action() != null) {
                all.add(where.equal(root.get("action"), query.action().key()));
            }
            if (query.from() != null) {
                all.add(where.greaterThanOrEqualTo(root.get("occurredAt"), query.from()));
            }
            if (query.to() != null) {
                all.add(where.lessThan(root.get("occurredAt"), query.to()));
            }
            return where.and(all.toArray(Predicate[]::new));
        };
    }
}
