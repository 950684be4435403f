package app.gazette.comment;

import app.gazette.article.ArticleLink;
import app.gazette.article.CommentCounts;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.shared.SiteFormats;
import app.gazette.site.GazetteProperties;
import app.gazette.site.SettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CommentService implements CommentCounts {

    static final int MAX_USER_AGENT = 500;

    private final CommentRepository comments;
    private final SiteFormats formats;
    private final SettingsService settings;
    private final Clock clock;
    private final CommentPolicy policy;
    private final ApplicationEventPublisher events;

    CommentService(
            CommentRepository comments,
            SiteFormats formats,
            SettingsService settings,
            GazetteProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.events = events;
        this.formats = formats;
        this.settings = settings;
        this.clock = clock;
        this.policy = new CommentPolicy(
                Duration.ofSeconds(properties.comments().minSeconds()),
                Duration.ofSeconds(properties.comments().floodSeconds()),
                clock);
    }

    /** An article's approved comments, oldest first. */
    public List<CommentView> approved(long articleId) {
        return comments.findByArticleIdAndStatusOrderByCreatedAtAscIdAsc(articleId, CommentStatus.APPROVED).stream()
                .map(c -> new CommentView(
                        c.getId(),
                        c.getAuthorName(),
                        formats.dateTime(c.getCreatedAt()),
                        SiteFormats.iso(c.getCreatedAt()),
                        CommentText.toHtml(c.getBody()),
                        c.isStaff()))
                .toList();
    }

    /** The newest approved comments on visible articles, for the site's comment feed. */
    public List<FeedComment> latestApproved(int count) {
        return feed(comments.findApprovedOnVisible(clock.instant(), PageRequest.of(0, count)));
    }

    /** An article's newest approved comments (none unless the article is visible). */
    public List<FeedComment> latestApproved(long articleId, int count) {
        return feed(comments.findApprovedOnVisible(articleId, clock.instant(), PageRequest.of(0, count)));
    }

    private static List<FeedComment> feed(List<CommentRepository.Row> rows) {
        return rows.stream()
                .map(row -> new FeedComment(
                        row.id(),
                        row.authorName(),
                        row.body(),
                        row.createdAt(),
                        row.staff(),
                        row.articleTitle(),
                        ArticleLink.permalink(row.publishMonth(), row.articleSlug())))
                .toList();
    }

    /** Approved comments per article, for the given articles (absent means none). */
    @Override
    public Map<Long, Long> approvedCounts(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return comments.countApproved(articleIds).stream()
                .collect(Collectors.toMap(CommentRepository.Count::articleId, CommentRepository.Count::count));
    }

    /**
     * Stores a reader's comment on a visible article; returns whether it shows, waits for approval or
     * is spam (which the reader is told is waiting).
     *
     * @throws CommentRefusedException when the same IP or email posted within the flood window, or
     *                                 the same author posted the same text on this article
     */
    @Transactional
    public CommentStatus post(long articleId, NewComment input) {
        comments.lockForPosting();
        String name = input.name();
        String email = normaliseEmail(input.email());
        refuseFloodOrDuplicate(articleId, name.strip(), email, input);
        CommentStatus status = policy.isSpam(input.honeypotFilled(), input.renderedAt())
                ? CommentStatus.SPAM
                : policy.mustHold(input.body(), settings.current().bannedWordList())
                        ? CommentStatus.PENDING
                        : moderate(email);
        Comment saved = comments.save(new Comment(
                articleId,
                name,
                email,
                input.body(),
                status,
                clock.instant(),
                input.ip(),
                truncate(input.userAgent(), MAX_USER_AGENT)));
        if (status == CommentStatus.APPROVED) {
            events.publishEvent(CommentApproved.of(saved));
            events.publishEvent(new PublicContentChanged("comments"));
        }
        return status;
    }

    /** Adds an already-approved comment, as demo content and imports bring them. */
    @Transactional
    public long addApproved(long articleId, String name, String email, String body, Instant at) {
        long id = comments.save(new Comment(
                        articleId, name, normaliseEmail(email), body, CommentStatus.APPROVED, at, null, null))
                .getId();
        events.publishEvent(new PublicContentChanged("comments"));
        return id;
    }

    /** Approves a held comment (the admin's moderation queue builds on this). */
    @Transactional
    public void approve(long commentId) {
        comments.findById(commentId)
                .filter(comment -> comment.getStatus() != CommentStatus.APPROVED)
                .ifPresent(comment -> {
                    comment.approve();
                    events.publishEvent(CommentApproved.of(comment));
                });
        events.publishEvent(new PublicContentChanged("comments"));
    }

    private void refuseFloodOrDuplicate(long articleId, String name, String email, NewComment input) {
        Instant since = policy.floodSince();
        if (input.ip() != null && comments.existsByIpAndCreatedAtAfter(input.ip(), since)
                || email != null && comments.existsByAuthorEmailAndCreatedAtAfter(email, since)) {
            throw CommentRefusedException.flood(policy.floodWindow());
        }
        boolean duplicate = email != null
                ? comments.existsByArticleIdAndBodyAndAuthorEmail(articleId, input.body(), email)
                : comments.existsByArticleIdAndBodyAndAuthorNameAndAuthorEmailIsNull(articleId, input.body(), name);
        if (duplicate) {
            throw CommentRefusedException.duplicate();
        }
    }

    private CommentStatus moderate(String email) {
        return switch (settings.current().moderation()) {
            case NONE -> CommentStatus.APPROVED;
            case ALL -> CommentStatus.PENDING;
            case FIRST_TIME ->
                email != null && comments.existsByAuthorEmailAndStatus(email, CommentStatus.APPROVED)
                        ? CommentStatus.APPROVED
                        : CommentStatus.PENDING;
        };
    }

    static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
