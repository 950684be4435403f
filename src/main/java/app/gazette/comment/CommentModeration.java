package app.gazette.comment;

import app.gazette.article.ArticleComments;
import app.gazette.article.ArticleStatus;
import app.gazette.article.CommentTarget;
import app.gazette.comment.CommentRepository.Row;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.shared.ForbiddenException;
import app.gazette.shared.PageView;
import app.gazette.shared.SiteFormats;
import app.gazette.user.UserDirectory;
import app.gazette.user.UserView;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The newsroom's side of comments: the queue, approve / spam / delete, staff replies, closing. */
@Service
@Transactional(readOnly = true)
public class CommentModeration {

    public static final int PAGE_SIZE = 20;
    static final int MAX_LATEST = 100;

    private final CommentRepository comments;
    private final ArticleComments articles;
    private final UserDirectory users;
    private final SiteFormats formats;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentModeration(
            CommentRepository comments,
            ArticleComments articles,
            UserDirectory users,
            SiteFormats formats,
            Clock clock,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.articles = articles;
        this.events = events;
        this.users = users;
        this.formats = formats;
        this.clock = clock;
    }

    public long pendingCount() {
        return comments.countByStatus(CommentStatus.PENDING);
    }

    /** The newest comments of any status, newest first (at most 100). */
    public List<ModeratedComment> latest(int count) {
        int size = Math.min(Math.max(count, 1), MAX_LATEST);
        return comments.findLatest(PageRequest.of(0, size)).stream()
                .map(this::view)
                .toList();
    }

    /**
     * Comments of a status: pending ones oldest first (the queue), others newest first. Pages are
     * numbered from 1; past the end shows the last.
     */
    public PageView<ModeratedComment> list(CommentStatus status, int page) {
        Function<Pageable, Page<Row>> query = status == CommentStatus.PENDING
                ? pageable -> comments.findOldestFirst(status, pageable)
                : pageable -> comments.findNewestFirst(status, pageable);
        int number = Math.min(Math.max(page, 1), Integer.MAX_VALUE / PAGE_SIZE);
        Page<Row> result = query.apply(PageRequest.of(number - 1, PAGE_SIZE));
        if (result.isEmpty() && result.getTotalPages() > 0 && number > result.getTotalPages()) {
            number = result.getTotalPages();
            result = query.apply(PageRequest.of(number - 1, PAGE_SIZE));
        }
        return new PageView<>(
                result.getContent().stream().map(this::view).toList(), number, Math.max(result.getTotalPages(), 1));
    }

    public Optional<ModeratedComment> comment(long id) {
        return comments.findRow(id).map(this::view);
    }

    public Optional<CommentedArticle> article(long articleId) {
        return articles.find(articleId).map(CommentModeration::view);
    }

    /** Approves, marks as spam or deletes the comments with these ids; returns how many there were. */
    @Transactional
    public int moderate(ModerationAction action, Collection<Long> ids, String username) {
        moderator(username);
        if (ids.isEmpty()) {
            return 0;
        }
        events.publishEvent(new PublicContentChanged("comments"));
        if (action == ModerationAction.APPROVE) {
            comments.findAllById(ids).stream()
                    .filter(comment -> comment.getStatus() != CommentStatus.APPROVED)
                    .forEach(comment -> events.publishEvent(CommentApproved.of(comment)));
        }
        return switch (action) {
            case APPROVE -> comments.updateStatus(ids, CommentStatus.APPROVED);
            case SPAM -> comments.updateStatus(ids, CommentStatus.SPAM);
            case DELETE -> comments.deleteWithIds(ids);
        };
    }

    /**
     * Publishes a staff reply on an article, in answer to one of its comments (parentId) or to the
     * article (null). Returns the reply's id, or empty when the article or parent does not exist.
     */
    @Transactional
    public Optional<Long> reply(long articleId, Long parentId, String username, String body) {
        UserView user = moderator(username);
        if (articles.find(articleId).isEmpty()) {
            return Optional.empty();
        }
        if (parentId != null
                && comments.findById(parentId)
                        .filter(p -> p.getArticleId() == articleId)
                        .isEmpty()) {
            return Optional.empty();
        }
        Comment reply = Comment.staffReply(articleId, parentId, user.id(), user.displayName(), body, clock.instant());
        Comment saved = comments.save(reply);
        events.publishEvent(CommentApproved.of(saved));
        events.publishEvent(new PublicContentChanged("comments"));
        long id = saved.getId();
        return Optional.of(id);
    }

    /** Opens or closes an article for new reader comments; empty when there is no such article. */
    @Transactional
    public Optional<CommentedArticle> setCommentsOpen(long articleId, boolean open, String username) {
        moderator(username);
        return articles.setOpen(articleId, open).map(CommentModeration::view);
    }

    /** The member, when their role moderates comments (editors and admins); else 403. */
    private UserView moderator(String username) {
        return users.find(username)
                .filter(user -> user.role().moderatesComments())
                .orElseThrow(ForbiddenException::new);
    }

    private ModeratedComment view(Row row) {
        return new ModeratedComment(
                row.id(),
                row.articleId(),
                row.articleTitle(),
                permalink(row.articleStatus(), row.publishMonth(), row.articleSlug()),
                row.authorName(),
                row.authorEmail(),
                row.ip(),
                formats.dateTime(row.createdAt()),
                SiteFormats.iso(row.createdAt()),
                row.body(),
                row.status(),
                row.staff());
    }

    private static CommentedArticle view(CommentTarget article) {
        return new CommentedArticle(article.id(), article.title(), article.permalink(), article.commentsOpen());
    }

    private static String permalink(ArticleStatus status, Integer month, String slug) {
        if (status != ArticleStatus.PUBLISHED || month == null) {
            return null;
        }
        return String.format("/%04d/%02d/%s", month / 100, month % 100, slug);
    }
}
