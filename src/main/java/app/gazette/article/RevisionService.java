package app.gazette.article;

import app.gazette.shared.NotFoundException;
import app.gazette.shared.SiteFormats;
import app.gazette.user.UserDirectory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every save of an article is a revision; the newest {@value #KEPT} per article are kept. */
@Service
@Transactional(readOnly = true)
public class RevisionService {

    static final int KEPT = 50;

    private final RevisionRepository revisions;
    private final UserDirectory users;
    private final MarkdownRenderer renderer;
    private final SiteFormats formats;

    RevisionService(RevisionRepository revisions, UserDirectory users, MarkdownRenderer renderer, SiteFormats formats) {
        this.revisions = revisions;
        this.users = users;
        this.renderer = renderer;
        this.formats = formats;
    }

    /** The steps of a review: the last of them tells whether an editor's note is still to be answered. */
    private static final Set<RevisionAction> REVIEW_STEPS =
            EnumSet.complementOf(EnumSet.of(RevisionAction.SAVED, RevisionAction.RESTORED));

    @Transactional
    void record(Article article, Byline author, Instant at, RevisionAction action, String note) {
        revisions.save(new Revision(
                article.getId(),
                article.getTitle(),
                article.getExcerpt(),
                article.getBodyMarkdown(),
                Labels.join(article.labelNames()),
                author.getId(),
                at,
                action,
                note));
        List<Long> old = revisions.findIdsNewestFirst(article.getId(), PageRequest.of(1, KEPT));
        if (!old.isEmpty()) {
            revisions.deleteAllByIdInBatch(old);
        }
    }

    public List<RevisionView> list(long articleId) {
        List<Revision> found = revisions.findByArticleIdOrderByIdDesc(articleId);
        Map<Long, String> names = users.displayNames(
                found.stream().map(Revision::getAuthorId).distinct().toList());
        return found.stream().map(revision -> view(revision, names::get)).toList();
    }

    /** The note of the editor who returned this draft, while it has not been submitted or published since. */
    Optional<ReturnNote> returnNote(long articleId) {
        return revisions
                .findFirstByArticleIdAndActionInOrderByIdDesc(articleId, REVIEW_STEPS)
                .filter(revision -> revision.getAction() == RevisionAction.RETURNED)
                .map(revision -> new ReturnNote(
                        users.displayNames(List.of(revision.getAuthorId())).getOrDefault(revision.getAuthorId(), ""),
                        formats.dateTime(revision.getCreatedAt()),
                        revision.getNote()));
    }

    public RevisionView show(long articleId, long revisionId) {
        Revision revision = find(articleId, revisionId);
        return view(revision, id -> users.displayNames(List.of(id)).getOrDefault(id, ""));
    }

    Revision find(long articleId, long revisionId) {
        return revisions.findByIdAndArticleId(revisionId, articleId).orElseThrow(NotFoundException::new);
    }

    private RevisionView view(Revision revision, Function<Long, String> authorName) {
        return new RevisionView(
                revision.getId(),
                revision.getArticleId(),
                revision.getTitle(),
                revision.getExcerpt(),
                revision.getBodyMarkdown(),
                revision.getLabels(),
                authorName.apply(revision.getAuthorId()),
                formats.dateTime(revision.getCreatedAt()),
                renderer.render(revision.getBodyMarkdown()).html(),
                revision.getAction().key(),
                revision.getNote());
    }

    /** A revision as the editor shows it; html is the sanitised rendering of its body. */
    public record RevisionView(
            long id,
            long articleId,
            String title,
            String excerpt,
            String markdown,
            String labels,
            String authorName,
            String savedAt,
            String html,
            String action,
            String note) {}

    /** Why an editor gave a draft back: who, when, what to fix. */
    public record ReturnNote(String by, String at, String note) {}
}
