package app.gazette.comment;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.Article;
import app.gazette.article.ArticleComments;
import app.gazette.pagecache.ContentVersion;
import app.gazette.shared.PageView;
import app.gazette.shared.SiteFormats;
import app.gazette.support.TestSites;
import app.gazette.user.User;
import app.gazette.user.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import({
    ContentVersion.class,
    CommentModeration.class,
    ArticleComments.class,
    UserDirectory.class,
    CommentModerationTest.Config.class
})
class CommentModerationTest {

    static final Instant NOW = Instant.parse("2019-02-09T10:15:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        SiteFormats siteFormats() {
            return TestSites.utc();
        }
    }

    @Autowired
    CommentModeration moderation;

    @Autowired
    TestEntityManager entities;

    long live;
    long hidden;
    long held;
    long approved;
    long spam;

    @BeforeEach
    void comments() {
        User ada = entities.persist(author("ada"));
        live = entities.persist(published(ada, "live", "2019-02-01T10:00:00Z")).getId();
        hidden = entities.persist(draft(ada, "hidden")).getId();
        held = comment(live, "Held", CommentStatus.PENDING, "2019-02-08T09:30:00Z");
        approved = comment(hidden, "Approved", CommentStatus.APPROVED, "2019-02-07T10:00:00Z");
        spam = comment(live, "Spammer", CommentStatus.SPAM, "2019-02-06T10:00:00Z");
        entities.flush();
        entities.clear();
    }

    private long comment(long article, String name, CommentStatus status, String at) {
        return entities.persist(new Comment(
                        article,
                        name,
                        "x@example.org",
                        "Body by " + name,
                        status,
                        Instant.parse(at),
                        "198.51.100.7",
                        null))
                .getId();
    }

    private Comment stored(long id) {
        entities.clear();
        return entities.find(Comment.class, id);
    }

    @Test
    void dashboardGetsThePendingCountAndTheLatestCommentsAsViews() {
        assertThat(moderation.pendingCount()).isEqualTo(1);

        List<ModeratedComment> latest = moderation.latest(2);

        assertThat(latest)
                .containsExactly(
                        new ModeratedComment(
                                held,
                                live,
                                "Title live",
                                "/2019/02/live",
                                "Held",
                                "x@example.org",
                                "198.51.100.7",
                                "Friday 8 February 2019, 09:30",
                                "2019-02-08T09:30:00Z",
                                "Body by Held",
                                CommentStatus.PENDING,
                                false),
                        new ModeratedComment(
                                approved,
                                hidden,
                                "Title hidden",
                                null,
                                "Approved",
                                "x@example.org",
                                "198.51.100.7",
                                "Thursday 7 February 2019, 10:00",
                                "2019-02-07T10:00:00Z",
                                "Body by Approved",
                                CommentStatus.APPROVED,
                                false));
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() {
        for (int i = 0; i < CommentModeration.PAGE_SIZE; i++) {
            comment(live, "Reader " + i, CommentStatus.PENDING, "2019-02-0" + (1 + i % 5) + "T10:00:00Z");
        }

        PageView<ModeratedComment> page = moderation.list(CommentStatus.PENDING, 99);

        assertThat(page.number()).isEqualTo(2);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.entries()).extracting(ModeratedComment::authorName).containsExactly("Held");
    }

    @Test
    void approvesMarksAsSpamAndDeletesTheGivenComments() {
        assertThat(moderation.moderate(ModerationAction.APPROVE, List.of(held, spam), "ada"))
                .isEqualTo(2);
        assertThat(stored(held).getStatus()).isEqualTo(CommentStatus.APPROVED);
        assertThat(stored(spam).getStatus()).isEqualTo(CommentStatus.APPROVED);

        assertThat(moderation.moderate(ModerationAction.SPAM, List.of(approved), "ada"))
                .isEqualTo(1);
        assertThat(stored(approved).getStatus()).isEqualTo(CommentStatus.SPAM);

        assertThat(moderation.moderate(ModerationAction.DELETE, List.of(approved, held), "ada"))
                .isEqualTo(2);
        assertThat(stored(approved)).isNull();
        assertThat(stored(held)).isNull();
        assertThat(stored(spam)).isNotNull();
    }

    @Test
    void moderatingNoCommentsChangesNothing() {
        assertThat(moderation.moderate(ModerationAction.DELETE, List.of(), "ada"))
                .isZero();
        assertThat(moderation.pendingCount()).isEqualTo(1);
    }

    @Test
    void staffReplyIsApprovedMarkedAsStaffAndSignedByTheUser() {
        User editor = entities.persistAndFlush(author("eve"));

        long id = moderation.reply(live, held, "eve", "Thanks,\nwe fixed it.").orElseThrow();

        Comment reply = stored(id);
        assertThat(reply.getStatus()).isEqualTo(CommentStatus.APPROVED);
        assertThat(reply.isStaff()).isTrue();
        assertThat(reply.getUserId()).isEqualTo(editor.getId());
        assertThat(reply.getAuthorName()).isEqualTo("Author eve");
        assertThat(reply.getArticleId()).isEqualTo(live);
        assertThat(reply.getParentId()).isEqualTo(held);
        assertThat(reply.getBody()).isEqualTo("Thanks,\nwe fixed it.");
        assertThat(reply.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void replyToAnUnknownArticleOrToACommentOfAnotherArticleIsNotStored() {
        entities.persistAndFlush(author("eve"));
        long before = moderation.latest(100).size();

        assertThat(moderation.reply(-1, null, "eve", "Hello")).isEmpty();
        assertThat(moderation.reply(live, approved, "eve", "Hello")).isEmpty();
        assertThat(moderation.reply(live, -1L, "eve", "Hello")).isEmpty();
        assertThat(moderation.latest(100)).hasSize((int) before);
    }

    @Test
    void closesAndReopensCommentsOnAnArticle() {
        assertThat(moderation.setCommentsOpen(live, false, "ada"))
                .contains(new CommentedArticle(live, "Title live", "/2019/02/live", false));
        entities.clear();
        assertThat(entities.find(Article.class, live).isCommentsOpen()).isFalse();

        assertThat(moderation.setCommentsOpen(live, true, "ada"))
                .get()
                .extracting(CommentedArticle::commentsOpen)
                .isEqualTo(true);
        assertThat(moderation.article(live))
                .get()
                .extracting(CommentedArticle::commentsOpen)
                .isEqualTo(true);
    }

    @Test
    void closingAnUnknownArticleFindsNothing() {
        assertThat(moderation.setCommentsOpen(-1, false, "ada")).isEmpty();
        assertThat(moderation.article(-1)).isEmpty();
    }
}
