package app.gazette.webhook;

import app.gazette.article.ArticleFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scheduled article goes live at its time with no editor's action, so no event says so: every
 * node looks now and then ({@code gazette.webhooks.scheduled-cron}, "-" for never) for articles that
 * went live since the last look. The span is claimed in {@code webhook_state} by an UPDATE that only
 * one node can make, in the transaction that enqueues the deliveries: each is announced once.
 */
@Component
class ScheduledArticles {

    static final Duration KEEP_LOG = Duration.ofDays(30);

    private final ArticleFacts articles;
    private final WebhookStore store;
    private final WebhookJobs jobs;
    private final WebhookPayloads payloads;
    private final Clock clock;

    ScheduledArticles(
            ArticleFacts articles, WebhookStore store, WebhookJobs jobs, WebhookPayloads payloads, Clock clock) {
        this.articles = articles;
        this.store = store;
        this.jobs = jobs;
        this.payloads = payloads;
        this.clock = clock;
    }

    @Scheduled(cron = "${gazette.webhooks.scheduled-cron:*/10 * * * * *}")
    void scheduled() {
        Instant now = clock.instant();
        announceDue(now);
        store.prune(now.minus(KEEP_LOG));
    }

    /** Announces the articles that went live after the last look and by {@code now}; how many. */
    @Transactional
    public int announceDue(Instant now) {
        Instant until = now.truncatedTo(ChronoUnit.MILLIS);
        Optional<Instant> from = store.scheduledChecked();
        if (from.isPresent() && !until.isAfter(from.get())) {
            return 0;
        }
        if (!store.claimScheduled(from.orElse(null), until) || from.isEmpty()) {
            return 0;
        }
        var ids = articles.wentLiveBetween(from.get(), until);
        for (long id : ids) {
            jobs.enqueue(
                    WebhookEvent.ARTICLE_PUBLISHED,
                    () -> payloads.article(WebhookEvent.ARTICLE_PUBLISHED, id, null, null, until));
        }
        return ids.size();
    }
}
