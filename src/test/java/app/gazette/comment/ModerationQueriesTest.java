package app.gazette.comment;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleStatus;
import app.gazette.comment.CommentRepository.Row;
import app.gazette.user.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The moderation queries of CommentRepository. */
@DataJpaTest
class ModerationQueriesTest {

    @Autowired
    CommentRepository comments;

    @Autowired
    TestEntityManager entities;

    long live;
    long hidden;
    long staffId;
    long early;
    long held;
    long late;
    long spam;

    @BeforeEach
    void comments() {
        User ada = entities.persist(author("ada"));
        staffId = ada.getId();
        live = entities.persist(published(ada, "live", "2019-02-01T10:00:00Z")).getId();
        hidden = entities.persist(draft(ada, "hidden")).getId();
        late = comment(live, "Late", CommentStatus.PENDING, "2019-02-05T10:00:00Z");
        held = comment(hidden, "Held", CommentStatus.PENDING, "2019-02-02T10:00:00Z");
        early = comment(live, "Early", CommentStatus.APPROVED, "2019-02-01T11:00:00Z");
        comment(live, "Middle", CommentStatus.APPROVED, "2019-02-03T10:00:00Z");
        spam = comment(live, "Spammer", CommentStatus.SPAM, "2019-02-04T10:00:00Z");
        entities.flush();
        entities.clear();
    }

    private long comment(long article, String name, CommentStatus status, String at) {
        return entities.persist(new Comment(
                        article,
                        name,
                        name.toLowerCase() + "@example.org",
                        "Body by " + name,
                        status,
                        Instant.parse(at),
                        "198.51.100.7",
                        "JUnit"))
                .getId();
    }

    @Test
    void queueListsPendingCommentsOldestFirstWithTheirArticle() {
        Page<Row> queue = comments.findOldestFirst(CommentStatus.PENDING, PageRequest.of(0, 10));

        assertThat(queue.getTotalElements()).isEqualTo(2);
        assertThat(queue.getContent()).extracting(Row::authorName).containsExactly("Held", "Late");
        Row late = queue.getContent().get(1);
        assertThat(late)
                .isEqualTo(new Row(
                        this.late,
                        live,
                        "Title live",
                        "live",
                        201902,
                        ArticleStatus.PUBLISHED,
                        "Late",
                        "late@example.org",
                        "198.51.100.7",
                        Instant.parse("2019-02-05T10:00:00Z"),
                        "Body by Late",
                        CommentStatus.PENDING,
                        false));
        assertThat(queue.getContent().get(0).articleStatus()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void listsOfAStatusComeNewestFirstInPages() {
        Page<Row> first = comments.findNewestFirst(CommentStatus.APPROVED, PageRequest.of(0, 1));
        Page<Row> second = comments.findNewestFirst(CommentStatus.APPROVED, PageRequest.of(1, 1));

        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(first.getContent()).extracting(Row::authorName).containsExactly("Middle");
        assertThat(second.getContent()).extracting(Row::authorName).containsExactly("Early");
    }

    @Test
    void latestCommentsOfAnyStatusComeNewestFirst() {
        assertThat(comments.findLatest(PageRequest.of(0, 3)))
                .extracting(Row::authorName)
                .containsExactly("Late", "Spammer", "Middle");
    }

    @Test
    void findsOneCommentWithItsArticle() {
        assertThat(comments.findRow(spam)).get().extracting(Row::articleTitle).isEqualTo("Title live");
        assertThat(comments.findRow(-1)).isEmpty();
    }

    @Test
    void countsCommentsOfAStatus() {
        assertThat(comments.countByStatus(CommentStatus.PENDING)).isEqualTo(2);
        assertThat(comments.countByStatus(CommentStatus.SPAM)).isEqualTo(1);
    }

    @Test
    void changesTheStatusOfTheGivenCommentsOnlyAndCountsThoseThatExist() {
        int changed = comments.updateStatus(List.of(late, held, -5L), CommentStatus.APPROVED);

        assertThat(changed).isEqualTo(2);
        assertThat(comments.countByStatus(CommentStatus.PENDING)).isZero();
        assertThat(comments.findById(spam)).get().extracting(Comment::getStatus).isEqualTo(CommentStatus.SPAM);
    }

    @Test
    void deletingACommentKeepsItsRepliesWithoutAParent() {
        long reply = entities.persistAndFlush(Comment.staffReply(
                        live, early, staffId, "Author ada", "Thanks", Instant.parse("2019-02-06T10:00:00Z")))
                .getId();
        entities.clear();

        assertThat(comments.deleteWithIds(List.of(early, spam, -5L))).isEqualTo(2);

        assertThat(comments.findById(early)).isEmpty();
        assertThat(comments.findById(spam)).isEmpty();
        assertThat(comments.findById(reply))
                .get()
                .extracting(Comment::getParentId)
                .isNull();
    }

    @Test
    void staffReplyIsStoredApprovedWithItsUserAndParent() {
        long reply = entities.persistAndFlush(Comment.staffReply(
                        live, early, staffId, "Author ada", "Thanks", Instant.parse("2019-02-06T10:00:00Z")))
                .getId();
        entities.clear();

        Comment stored = comments.findById(reply).orElseThrow();
        assertThat(stored.isStaff()).isTrue();
        assertThat(stored.getStatus()).isEqualTo(CommentStatus.APPROVED);
        assertThat(stored.getUserId()).isEqualTo(staffId);
        assertThat(stored.getParentId()).isEqualTo(early);
        assertThat(stored.getAuthorEmail()).isNull();
    }
}
