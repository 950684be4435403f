package app.gazette.article;

import app.gazette.label.LabelService;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.shared.ForbiddenException;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.SiteFormats;
import app.gazette.user.UserDirectory;
import app.gazette.user.UserView;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing articles: saves render Markdown once, keep a revision, keep old slugs of published
 * articles as aliases, and refuse to overwrite a save the editor has not seen (409).
 */
@Service
@Transactional
public class ArticleEditor {

    private final ArticleRepository articles;
    private final SlugAliasRepository aliases;
    private final SlugPicker slugs;
    private final UserDirectory users;
    private final BylineRepository bylines;
    private final LabelService labels;
    private final MarkdownRenderer renderer;
    private final RevisionService revisions;
    private final SiteFormats formats;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ArticlePictures pictures;
    private final NotePolicy notePolicy;
    private final ArticleNoteRepository notes;

    ArticleEditor(
            ArticleRepository articles,
            SlugAliasRepository aliases,
            SlugPicker slugs,
            UserDirectory users,
            BylineRepository bylines,
            LabelService labels,
            MarkdownRenderer renderer,
            RevisionService revisions,
            SiteFormats formats,
            Clock clock,
            ApplicationEventPublisher events,
            ArticlePictures pictures,
            NotePolicy notePolicy,
            ArticleNoteRepository notes) {
        this.articles = articles;
        this.notePolicy = notePolicy;
        this.notes = notes;
        this.pictures = pictures;
        this.events = events;
        this.aliases = aliases;
        this.slugs = slugs;
        this.users = users;
        this.bylines = bylines;
        this.labels = labels;
        this.renderer = renderer;
        this.revisions = revisions;
        this.formats = formats;
        this.clock = clock;
    }

    public long create(ArticleDraft draft, EditAction action, String username) {
        UserView me = member(username);
        if (!ArticlePolicy.may(me.role(), true, ArticleStatus.DRAFT, ArticlePolicy.act(action))) {
            throw new ForbiddenException();
        }
        Byline user = bylines.getReferenceById(me.id());
        Instant now = clock.instant();
        String slug = isBlank(draft.slug()) ? slugs.pick(Slugs.slugify(draft.title())) : free(draft.slug(), null);
        Article article = new Article(slug, user, now);
        apply(article, draft, action, now);
        article.savedBy(user, now);
        articles.save(article);
        pictures.recordUses(article);
        revisions.record(
                article, user, now, RevisionAction.of(action, ArticleStatus.DRAFT, article.isScheduledAt(now)), null);
        announce(article, ArticleChange.ofNew(action), false, now);
        return article.getId();
    }

    /**
     * Saves over version {@code version}; throws EditConflictException when someone saved since. A
     * correction or update note is kept with the save of a visible article (see {@link NotePolicy}).
     */
    public void update(long id, long version, ArticleDraft draft, EditAction action, String username) {
        Article article = find(id);
        Byline user = allowed(article, username, ArticlePolicy.Act.EDIT, ArticlePolicy.act(action));
        if (article.getVersion() != version) {
            throw EditConflictException.of(article);
        }
        notePolicy.check(article, action, draft.note());
        ArticleStatus before = article.getStatus();
        Instant now = clock.instant();
        boolean liveBefore = article.isVisibleAt(now);
        if (!isBlank(draft.slug()) && !draft.slug().equals(article.getSlug())) {
            rename(article, free(draft.slug(), id), now);
        }
        apply(article, draft, action, now);
        article.savedBy(user, now);
        if (draft.note().isMarked()) {
            notes.save(
                    new ArticleNote(id, draft.note().kind(), draft.note().text().strip(), now, user.getId()));
            article.marks().noted(now);
        }
        pictures.recordUses(article);
        revisions.record(article, user, now, RevisionAction.of(action, before, article.isScheduledAt(now)), null);
        announce(article, ArticleChange.of(action), liveBefore, now);
    }

    /** An editor gives a submitted article back to its writer, as a draft, with a note on what to change. */
    public void returnToWriter(long id, String note, String username) {
        Article article = find(id);
        Byline user = allowed(article, username, ArticlePolicy.Act.RETURN);
        Instant now = clock.instant();
        article.unpublish();
        article.savedBy(user, now);
        revisions.record(article, user, now, RevisionAction.RETURNED, note.strip());
    }

    /** Puts a revision's title, excerpt, body and labels back; that save is a new revision. */
    public void restore(long id, long revisionId, String username) {
        Article article = find(id);
        Byline user = allowed(article, username, ArticlePolicy.Act.EDIT);
        Revision revision = revisions.find(id, revisionId);
        Instant now = clock.instant();
        boolean liveBefore = article.isVisibleAt(now);
        article.write(
                revision.getTitle(),
                revision.getExcerpt(),
                revision.getBodyMarkdown(),
                renderer.render(revision.getBodyMarkdown(), article.featured() != null),
                now);
        article.label(labels.resolve(Labels.split(revision.getLabels())));
        article.savedBy(user, now);
        pictures.recordUses(article);
        revisions.record(article, user, now, RevisionAction.RESTORED, null);
        announce(article, ArticleChange.REVISION_RESTORED, liveBefore, now);
    }

    public void trash(long id, String username) {
        step(id, username, ArticlePolicy.Act.TRASH, ArticleChange.TRASHED, Article::trash);
    }

    public void restoreFromTrash(long id, String username) {
        step(id, username, ArticlePolicy.Act.RESTORE, ArticleChange.RESTORED, Article::restore);
    }

    public void delete(long id, String username) {
        step(id, username, ArticlePolicy.Act.DELETE, ArticleChange.DELETED, article -> {
            articles.delete(article);
            pictures.forget(id);
        });
    }

    /** One step in an article's life that the member may take, announced with what readers saw before. */
    private void step(long id, String username, ArticlePolicy.Act act, ArticleChange change, Consumer<Article> step) {
        Article article = find(id);
        allowed(article, username, act);
        Instant now = clock.instant();
        boolean liveBefore = article.isVisibleAt(now);
        step.accept(article);
        announce(article, change, liveBefore, now);
    }

    private void announce(Article article, ArticleChange change, boolean liveBefore, Instant now) {
        events.publishEvent(ArticleChanged.of(article, change, liveBefore, now));
        events.publishEvent(new PublicContentChanged("article"));
    }

    private void apply(Article article, ArticleDraft draft, EditAction action, Instant now) {
        String excerpt = isBlank(draft.excerpt()) ? null : draft.excerpt();
        Instant at = draft.publishAt();
        boolean publishing = action == EditAction.PUBLISH
                || action == EditAction.SCHEDULE
                || (action == EditAction.SAVE && article.getStatus() == ArticleStatus.PUBLISHED);
        FeaturedImage featured = pictures.featured(draft.featured(), publishing);
        article.write(
                draft.title(), excerpt, draft.markdown(), renderer.render(draft.markdown(), featured != null), now);
        article.label(labels.resolve(draft.labels()));
        article.openComments(draft.commentsOpen());
        article.feature(featured);
        switch (action) {
            case SAVE -> {
                if (article.getStatus() == ArticleStatus.PUBLISHED && at != null) {
                    article.publish(at, formats.monthOf(at));
                }
            }
            case PUBLISH -> article.publish(at != null ? at : now, formats.monthOf(at != null ? at : now));
            case SCHEDULE -> {
                if (at == null || !at.isAfter(now)) {
                    throw new ArticleFieldException("publishAt", "article.publishAt.future");
                }
                article.publish(at, formats.monthOf(at));
            }
            case SUBMIT -> article.submit();
            case UNPUBLISH -> article.unpublish();
        }
    }

    /** A published article keeps its old slug as an alias; taking back an own alias drops it. */
    private void rename(Article article, String slug, Instant now) {
        aliases.findBySlug(slug).ifPresent(aliases::delete);
        if (article.getPublishAt() != null) {
            aliases.save(new SlugAlias(article.getSlug(), article.getId(), now));
        }
        article.rename(slug);
    }

    /** The wanted slug, if no other article has it or had it. */
    private String free(String wanted, Long self) {
        String slug = Slugs.slugify(wanted);
        if (!slugs.isFree(slug, self)) {
            throw new ArticleFieldException("slug", "article.slug.taken");
        }
        return slug;
    }

    private Article find(long id) {
        return articles.findById(id).orElseThrow(NotFoundException::new);
    }

    /** The member's byline, when their role lets them do all these to the article; else 403. */
    private Byline allowed(Article article, String username, ArticlePolicy.Act... acts) {
        UserView me = member(username);
        boolean own = article.authorUsername().equals(me.username());
        for (ArticlePolicy.Act act : acts) {
            if (!ArticlePolicy.may(me.role(), own, article.getStatus(), act)) {
                throw new ForbiddenException();
            }
        }
        return bylines.getReferenceById(me.id());
    }

    private UserView member(String username) {
        return users.find(username).orElseThrow(ForbiddenException::new);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
