package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.gazette.support.MutableClock;
import app.gazette.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FrontPagePolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FrontPagePolicy policy = new FrontPagePolicy(clock);
    private final User ada = TestArticles.author("ada");
    private final Article visible = TestArticles.published(ada, "visible", "2026-12-01T08:00:00Z");

    @Test
    void aPublishedArticleCanBeTheLeadAndFeatured() {
        assertThatCode(() -> policy.check(visible, new FrontPageChoice(true, NOW.plusSeconds(3600), true)))
                .doesNotThrowAnyException();
        Article scheduled = TestArticles.published(ada, "later", "2026-12-04T08:00:00Z");
        assertThatCode(() -> policy.check(scheduled, new FrontPageChoice(true, null, true)))
                .as("a scheduled article, shown from its publish time")
                .doesNotThrowAnyException();
    }

    @Test
    void aDraftCanBeNeitherLeadNorFeatured() {
        Article draft = TestArticles.draft(ada, "draft");

        assertThat(refusal(draft, new FrontPageChoice(true, null, false))).isEqualTo("lead:frontPage.notPublished");
        assertThat(refusal(draft, new FrontPageChoice(false, null, true))).isEqualTo("featured:frontPage.notPublished");
        assertThatCode(() -> policy.check(draft, new FrontPageChoice(false, null, false)))
                .as("unmarking is always fine")
                .doesNotThrowAnyException();
    }

    @Test
    void aLeadEndsAfterNowAndAfterItsPublishTime() {
        assertThat(refusal(visible, new FrontPageChoice(true, NOW, false)))
                .isEqualTo("leadUntil:frontPage.leadUntil.past");
        Article scheduled = TestArticles.published(ada, "later", "2026-12-04T08:00:00Z");
        assertThat(refusal(scheduled, new FrontPageChoice(true, Instant.parse("2026-12-04T07:00:00Z"), false)))
                .isEqualTo("leadUntil:frontPage.leadUntil.past");
    }

    @Test
    void aLeadIsTheLeadUntilItsEndWithNoJobRunning() {
        visible.marks().lead(NOW, NOW.plus(Duration.ofHours(2)));

        assertThat(policy.isLead(visible)).isTrue();
        clock.advance(Duration.ofHours(2));
        assertThat(policy.isLead(visible)).isFalse();
        assertThat(policy.isMarkedLead(visible)).isFalse();
    }

    @Test
    void aScheduledLeadShowsFromItsPublishTimeButIsMarkedInTheNewsroomAtOnce() {
        Article scheduled = TestArticles.published(ada, "later", "2026-12-03T12:00:00Z");
        scheduled.marks().lead(NOW, null);
        scheduled.marks().feature(NOW);

        assertThat(policy.isLead(scheduled)).isFalse();
        assertThat(policy.isFeatured(scheduled)).isFalse();
        assertThat(policy.isMarkedLead(scheduled)).isTrue();
        clock.advance(Duration.ofHours(2));
        assertThat(policy.isLead(scheduled)).isTrue();
        assertThat(policy.isFeatured(scheduled)).isTrue();
    }

    @Test
    void anUnpublishedArticleIsNoLongerShownThoughItKeepsItsMarks() {
        visible.marks().lead(NOW, null);
        visible.marks().feature(NOW);
        visible.unpublish();

        assertThat(policy.isLead(visible)).isFalse();
        assertThat(policy.isFeatured(visible)).isFalse();
    }

    private String refusal(Article article, FrontPageChoice choice) {
        ArticleFieldException refused =
                catchThrowableOfType(ArticleFieldException.class, () -> policy.check(article, choice));
        return refused.field() + ":" + refused.messageCode();
    }
}
