package app.gazette.comment;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.Article;
import app.gazette.comment.CommentRepository.Count;
import app.gazette.user.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

@DataJpaTest
class CommentRepositoryTest {

    @Autowired
    CommentRepository comments;

    @Autowired
    TestEntityManager entities;

    long first;
    long second;

    @BeforeEach
    void commentedArticles() {
        User ada = entities.persist(author("ada"));
        Article one = entities.persist(published(ada, "one", "2019-02-01T10:00:00Z"));
        Article two = entities.persist(published(ada, "two", "2019-02-02T10:00:00Z"));
        first = one.getId();
        second = two.getId();
        comment(first, "Late", "late@example.org", CommentStatus.APPROVED, "2019-02-03T10:00:00Z");
        comment(first, "Early", null, CommentStatus.APPROVED, "2019-02-01T11:00:00Z");
        comment(first, "Held", "held@example.org", CommentStatus.PENDING, "2019-02-01T12:00:00Z");
        comment(first, "Spammer", "spam@example.org", CommentStatus.SPAM, "2019-02-01T13:00:00Z");
        comment(second, "Other", "late@example.org", CommentStatus.APPROVED, "2019-02-04T10:00:00Z");
        entities.flush();
        entities.clear();
    }

    private void comment(long article, String name, String email, CommentStatus status, String at) {
        entities.persist(new Comment(
                article, name, email, "Body by " + name, status, Instant.parse(at), "198.51.100.7", "JUnit"));
    }

    @Test
    void approvedCommentsOfAnArticleComeOldestFirst() {
        assertThat(comments.findByArticleIdAndStatusOrderByCreatedAtAscIdAsc(first, CommentStatus.APPROVED))
                .extracting(Comment::getAuthorName)
                .containsExactly("Early", "Late");
    }

    @Test
    void countsApprovedCommentsPerArticle() {
        assertThat(comments.countApproved(List.of(first, second, -1L)))
                .containsExactlyInAnyOrder(new Count(first, 2), new Count(second, 1));
    }

    @Test
    void knowsWhetherAnEmailHasAnApprovedComment() {
        assertThat(comments.existsByAuthorEmailAndStatus("late@example.org", CommentStatus.APPROVED))
                .isTrue();
        assertThat(comments.existsByAuthorEmailAndStatus("held@example.org", CommentStatus.APPROVED))
                .isFalse();
        assertThat(comments.existsByAuthorEmailAndStatus("nobody@example.org", CommentStatus.APPROVED))
                .isFalse();
    }

    @Test
    void listsCommentsOfAStatusOldestFirst() {
        assertThat(comments.findByStatusOrderByCreatedAtAsc(CommentStatus.PENDING))
                .extracting(Comment::getAuthorName)
                .containsExactly("Held");
    }
}
