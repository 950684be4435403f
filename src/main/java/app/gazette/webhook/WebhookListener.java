package app.gazette.webhook;

import app.gazette.article.ArticleChange;
import app.gazette.article.ArticleChanged;
import app.gazette.comment.CommentApproved;
import app.gazette.site.SiteChanged;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns events into deliveries, just before the transaction that caused them commits: a change that
 * is rolled back leaves no delivery behind.
 */
@Component
class WebhookListener {

    private final WebhookJobs jobs;
    private final WebhookPayloads payloads;
    private final Clock clock;

    WebhookListener(WebhookJobs jobs, WebhookPayloads payloads, Clock clock) {
        this.jobs = jobs;
        this.payloads = payloads;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ArticleChanged changed) {
        WebhookEvent event = eventOf(changed);
        if (event != null) {
            jobs.enqueue(
                    event, () -> payloads.article(event, changed.id(), changed.slug(), changed.title(), changed.at()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CommentApproved approved) {
        jobs.enqueue(WebhookEvent.COMMENT_APPROVED, () -> payloads.comment(approved, clock.instant()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SiteChanged changed) {
        jobs.enqueue(WebhookEvent.SITE_CHANGED, () -> payloads.site(changed));
    }

    /** published: not live → live; updated: live → live; unpublished: live → not live; deleted: any delete. */
    static WebhookEvent eventOf(ArticleChanged changed) {
        if (changed.change() == ArticleChange.DELETED) {
            return WebhookEvent.ARTICLE_DELETED;
        }
        if (changed.liveAfter()) {
            return changed.liveBefore() ? WebhookEvent.ARTICLE_UPDATED : WebhookEvent.ARTICLE_PUBLISHED;
        }
        return changed.liveBefore() ? WebhookEvent.ARTICLE_UNPUBLISHED : null;
    }
}
