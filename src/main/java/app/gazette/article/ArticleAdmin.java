package app.gazette.article;

import app.gazette.article.ArticlePolicy.ArticleRights;
import app.gazette.article.RevisionService.ReturnNote;
import app.gazette.label.LabelService;
import app.gazette.shared.ForbiddenException;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.PageView;
import app.gazette.shared.SiteFormats;
import app.gazette.user.Role;
import app.gazette.user.UserDirectory;
import app.gazette.user.UserView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the newsroom reads: the article list, counts for the dashboard, and an article to edit. */
@Service
@Transactional(readOnly = true)
public class ArticleAdmin {

    static final int PAGE_SIZE = 20;

    private final ArticleRepository articles;
    private final CommentCounts comments;
    private final LabelService labels;
    private final SiteFormats formats;
    private final MarkdownRenderer renderer;
    private final Clock clock;
    private final UserDirectory users;
    private final RevisionService revisions;
    private final FrontPagePolicy frontPage;

    ArticleAdmin(
            ArticleRepository articles,
            UserDirectory users,
            RevisionService revisions,
            CommentCounts comments,
            LabelService labels,
            SiteFormats formats,
            MarkdownRenderer renderer,
            Clock clock,
            FrontPagePolicy frontPage) {
        this.frontPage = frontPage;
        this.renderer = renderer;
        this.users = users;
        this.revisions = revisions;
        this.articles = articles;
        this.comments = comments;
        this.labels = labels;
        this.formats = formats;
        this.clock = clock;
    }

    /** The newsroom's list: editors see every author's articles, authors and contributors their own. */
    public PageView<ArticleRow> list(AdminFilter filter, String query, int page, String username) {
        Instant now = clock.instant();
        String pattern = "%" + escapeLike(query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        int number = Math.min(Math.max(page, 1), Integer.MAX_VALUE / PAGE_SIZE);
        Page<Article> found = articles.findForNewsroom(
                filter.key(), pattern, owner(username), now, PageRequest.of(number - 1, PAGE_SIZE));
        Map<Long, Long> counts = comments.approvedCounts(
                found.getContent().stream().map(Article::getId).toList());
        return new PageView<>(
                found.getContent().stream()
                        .map(article -> row(article, counts, now))
                        .toList(),
                number,
                Math.max(found.getTotalPages(), 1));
    }

    /** The dashboard's counts of the articles this member sees in the list. */
    public Counts counts(String username) {
        Instant now = clock.instant();
        long owner = owner(username);
        return new Counts(
                articles.countForNewsroom(AdminFilter.PUBLISHED.key(), owner, now),
                articles.countForNewsroom(AdminFilter.SCHEDULED.key(), owner, now),
                articles.countForNewsroom(AdminFilter.DRAFT.key(), owner, now),
                articles.countForNewsroom(AdminFilter.REVIEW.key(), owner, now));
    }

    /** The newest drafts this member may open: everyone's for editors, their own for the others. */
    public List<ArticleRow> latestDrafts(int limit, String username) {
        Instant now = clock.instant();
        return articles.findLatestDrafts(owner(username), PageRequest.of(0, limit)).stream()
                .map(article -> row(article, Map.of(), now))
                .toList();
    }

    /** The article as the editor opens it for this member, with what they may do to it; 403 when nothing. */
    public ArticleEdit edit(long id, String username) {
        Article article = articles.findById(id).orElseThrow(NotFoundException::new);
        UserView me = users.find(username).orElseThrow(ForbiddenException::new);
        boolean own = article.authorUsername().equals(me.username());
        if (!ArticlePolicy.may(me.role(), own, article.getStatus(), ArticlePolicy.Act.VIEW)) {
            throw new ForbiddenException();
        }
        Instant now = clock.instant();
        LocalDateTime publishAt =
                article.getPublishAt() == null ? null : LocalDateTime.ofInstant(article.getPublishAt(), formats.zone());
        String savedBy = article.lastSavedByName();
        FeaturedImage featured = article.featured();
        return new ArticleEdit(
                article.getId(),
                article.getVersion(),
                article.getTitle(),
                article.getSlug(),
                article.getExcerpt(),
                article.getBodyMarkdown(),
                Labels.join(article.labelNames()),
                publishAt,
                article.isCommentsOpen(),
                ArticleState.of(article, now),
                permalink(article),
                savedBy,
                formats.dateTime(article.getUpdatedAt()),
                featured == null ? null : featured.mediaId(),
                featured == null ? "" : nonNull(featured.alt()),
                featured == null ? "" : nonNull(featured.caption()),
                featured == null ? "" : nonNull(featured.credit()),
                ArticlePolicy.rights(me.role(), own, article.getStatus()),
                revisions.returnNote(id).orElse(null));
    }

    /** What a member may do to a new article. */
    public ArticleRights rightsForNew(String username) {
        Role role = users.find(username).map(UserView::role).orElseThrow(ForbiddenException::new);
        return ArticlePolicy.rights(role, true, ArticleStatus.DRAFT);
    }

    /** The author id whose articles alone this member sees, or 0 for all (editors). */
    private long owner(String username) {
        UserView me = users.find(username).orElseThrow(ForbiddenException::new);
        return me.role().editsEveryone() ? 0 : me.id();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** What a save over an older version of this article meets: who saved last, when, the version now. */
    public EditConflictException conflict(long id) {
        return EditConflictException.of(articles.findById(id).orElseThrow(NotFoundException::new));
    }

    /** Markdown rendered exactly as the public page will show it, with the images not in the library. */
    public RenderedBody preview(String markdown) {
        return renderer.render(markdown);
    }

    public List<String> labelNames() {
        return labels.names();
    }

    private ArticleRow row(Article article, Map<Long, Long> commentCounts, Instant now) {
        ArticleState state = ArticleState.of(article, now);
        return new ArticleRow(
                article.getId(),
                article.getTitle(),
                state,
                article.getPublishAt() == null ? "" : formats.dateTime(article.getPublishAt()),
                article.authorName(),
                commentCounts.getOrDefault(article.getId(), 0L),
                state == ArticleState.PUBLISHED ? ArticleViews.permalink(article) : null,
                frontPage.isMarkedLead(article),
                article.marks().featuredAt() != null);
    }

    private static String permalink(Article article) {
        return article.getPublishMonth() == null ? null : ArticleViews.permalink(article);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public record Counts(long published, long scheduled, long drafts, long inReview) {}

    /** A row of the newsroom's list; viewUrl is set when readers can see the article; lead and featured: its marks. */
    public record ArticleRow(
            long id,
            String title,
            ArticleState state,
            String publishAt,
            String author,
            long comments,
            String viewUrl,
            boolean lead,
            boolean featured) {}

    /** An article as the editor form starts from it. */
    public record ArticleEdit(
            long id,
            long version,
            String title,
            String slug,
            String excerpt,
            String markdown,
            String labels,
            LocalDateTime publishAt,
            boolean commentsOpen,
            ArticleState state,
            String permalink,
            String savedBy,
            String savedAt,
            Long featuredId,
            String featuredAlt,
            String featuredCaption,
            String featuredCredit,
            ArticleRights rights,
            ReturnNote returnNote) {}
}
