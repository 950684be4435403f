package app.gazette.article;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The lead story and featured articles: only a published article can be marked (a scheduled one
 * shows once its publish time comes); a lead's end must be later than now and its publish time, and
 * a lead past its end is no longer the lead, with no job running.
 */
@Component
class FrontPagePolicy {

    private final Clock clock;

    FrontPagePolicy(Clock clock) {
        this.clock = clock;
    }

    /** @throws ArticleFieldException naming the field to change when the choice cannot be made */
    void check(Article article, FrontPageChoice choice) {
        if (!choice.lead() && !choice.featured()) {
            return;
        }
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new ArticleFieldException(choice.lead() ? "lead" : "featured", "frontPage.notPublished");
        }
        Instant until = choice.leadUntil();
        if (choice.lead()
                && until != null
                && !(until.isAfter(clock.instant()) && until.isAfter(article.getPublishAt()))) {
            throw new ArticleFieldException("leadUntil", "frontPage.leadUntil.past");
        }
    }

    /** Whether readers see it as the lead now. */
    boolean isLead(Article article) {
        Instant now = clock.instant();
        EditorialMarks marks = article.marks();
        return article.isVisibleAt(now)
                && marks.leadSince() != null
                && (marks.leadUntil() == null || marks.leadUntil().isAfter(now));
    }

    /** Whether the newsroom's list marks it as the lead: marked and not past its end (it may still be scheduled). */
    boolean isMarkedLead(Article article) {
        EditorialMarks marks = article.marks();
        return marks.leadSince() != null
                && (marks.leadUntil() == null || marks.leadUntil().isAfter(clock.instant()));
    }

    boolean isFeatured(Article article) {
        return article.isVisibleAt(clock.instant()) && article.marks().featuredAt() != null;
    }
}
