package app.gazette.comment;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.comment.CommentRepository.Row;
import app.gazette.user.User;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

/** Comment feeds: approved comments on visible articles only, newest first. */
@DataJpaTest
class CommentFeedQueriesTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");

    @Autowired
    CommentRepository comments;

    @Autowired
    TestEntityManager entities;

    long visible;
    long other;
    long scheduled;

    @BeforeEach
    void commentedArticles() {
        User ada = entities.persist(author("ada"));
        visible = entities.persist(published(ada, "visible", "2019-02-01T10:00:00Z"))
                .getId();
        other = entities.persist(published(ada, "other", "2019-02-02T10:00:00Z"))
                .getId();
        scheduled = entities.persist(published(ada, "scheduled", "2019-02-11T10:00:00Z"))
                .getId();
        long hidden = entities.persist(draft(ada, "hidden")).getId();
        comment(visible, "Early", CommentStatus.APPROVED, "2019-02-01T11:00:00Z");
        comment(visible, "Late", CommentStatus.APPROVED, "2019-02-03T11:00:00Z");
        comment(visible, "Held", CommentStatus.PENDING, "2019-02-04T11:00:00Z");
        comment(visible, "Spammer", CommentStatus.SPAM, "2019-02-04T12:00:00Z");
        comment(other, "Elsewhere", CommentStatus.APPROVED, "2019-02-02T11:00:00Z");
        comment(scheduled, "Preview", CommentStatus.APPROVED, "2019-02-05T11:00:00Z");
        comment(hidden, "OnDraft", CommentStatus.APPROVED, "2019-02-05T12:00:00Z");
        entities.flush();
        entities.clear();
    }

    private void comment(long article, String name, CommentStatus status, String at) {
        entities.persist(new Comment(article, name, null, "Body by " + name, status, Instant.parse(at), null, null));
    }

    @Test
    void siteFeedHasApprovedCommentsOnVisibleArticlesNewestFirst() {
        assertThat(comments.findApprovedOnVisible(NOW, PageRequest.of(0, 10)))
                .extracting(Row::authorName)
                .containsExactly("Late", "Elsewhere", "Early");
    }

    @Test
    void articleFeedHasOnlyThatArticlesApprovedComments() {
        assertThat(comments.findApprovedOnVisible(visible, NOW, PageRequest.of(0, 10)))
                .extracting(Row::authorName)
                .containsExactly("Late", "Early");
        assertThat(comments.findApprovedOnVisible(visible, NOW, PageRequest.of(0, 1)))
                .extracting(Row::authorName)
                .containsExactly("Late");
    }

    @Test
    void scheduledArticlesCommentsStayOutUntilItsTime() {
        assertThat(comments.findApprovedOnVisible(scheduled, NOW, PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(comments.findApprovedOnVisible(
                        scheduled, Instant.parse("2019-02-11T10:00:00Z"), PageRequest.of(0, 10)))
                .extracting(Row::authorName)
                .containsExactly("Preview");
    }
}
