package app.gazette.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.shared.PageView;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/** The admin page's queries: newest first, by user, action and time range, a page at a time. */
@DataJpaTest
@Import(AuditLog.class)
class AuditLogTest {

    static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");

    @Autowired
    AuditLog log;

    @Autowired
    AuditRepository entries;

    @BeforeEach
    void threeDaysOfEntries() {
        entries.deleteAll();
        add(DAY.plus(Duration.ofHours(9)), "ada", AuditAction.SIGN_IN, null);
        add(DAY.plus(Duration.ofHours(10)), "ada", AuditAction.ARTICLE_PUBLISHED, "#1 'One'");
        add(DAY.plus(Duration.ofDays(1)), "bob", AuditAction.ARTICLE_PUBLISHED, "#2 'Two'");
        add(DAY.plus(Duration.ofDays(2)).minusNanos(1000), "ada", AuditAction.ARTICLE_TRASHED, "#1 'One'");
        add(DAY.plus(Duration.ofDays(2)), "bob", AuditAction.SIGN_IN_FAILED, null);
    }

    @Test
    void everythingNewestFirst() {
        assertThat(targets(new AuditQuery(null, null, null, null, 1)))
                .containsExactly(
                        "bob sign-in.failed",
                        "ada article.trashed",
                        "bob article.published",
                        "ada article.published",
                        "ada sign-in.ok");
    }

    @Test
    void byUserAndByAction() {
        assertThat(targets(new AuditQuery("ada", null, null, null, 1)))
                .containsExactly("ada article.trashed", "ada article.published", "ada sign-in.ok");
        assertThat(targets(new AuditQuery(null, AuditAction.ARTICLE_PUBLISHED, null, null, 1)))
                .containsExactly("bob article.published", "ada article.published");
        assertThat(targets(new AuditQuery("bob", AuditAction.ARTICLE_PUBLISHED, null, null, 1)))
                .containsExactly("bob article.published");
        assertThat(targets(new AuditQuery("nobody", null, null, null, 1))).isEmpty();
    }

    @Test
    void fromIsIncludedAndToIsNot() {
        Instant secondDay = DAY.plus(Duration.ofDays(1));
        Instant thirdDay = DAY.plus(Duration.ofDays(2));

        assertThat(targets(new AuditQuery(null, null, secondDay, thirdDay, 1)))
                .containsExactly("ada article.trashed", "bob article.published");
        assertThat(targets(new AuditQuery(null, null, thirdDay, null, 1))).containsExactly("bob sign-in.failed");
        assertThat(targets(new AuditQuery("ada", null, null, secondDay, 1)))
                .containsExactly("ada article.published", "ada sign-in.ok");
    }

    @Test
    void pagesOfFiftyCountTheMatchingEntries() {
        IntStream.range(0, AuditLog.PAGE_SIZE + 5)
                .forEach(i -> add(DAY.minusSeconds(i + 1), "carol", AuditAction.SETTINGS_CHANGED, "#" + i));

        PageView<AuditEntryView> first = log.search(new AuditQuery("carol", null, null, null, 1));
        PageView<AuditEntryView> second = log.search(new AuditQuery("carol", null, null, null, 2));
        PageView<AuditEntryView> beyond = log.search(new AuditQuery("carol", null, null, null, 9));

        assertThat(first.entries()).hasSize(AuditLog.PAGE_SIZE);
        assertThat(first.entries().get(0).target()).isEqualTo("#0");
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.hasOlder()).isTrue();
        assertThat(second.entries())
                .extracting(AuditEntryView::target)
                .containsExactly("#50", "#51", "#52", "#53", "#54");
        assertThat(second.hasOlder()).isFalse();
        assertThat(beyond.entries()).isEmpty();
    }

    private java.util.List<String> targets(AuditQuery query) {
        return log.search(query).entries().stream()
                .map(e -> e.username() + " " + e.action())
                .toList();
    }

    private void add(Instant at, String user, AuditAction action, String target) {
        entries.saveAndFlush(new AuditEntry(at, user, action, target, "203.0.113.9"));
    }
}
