package app.gazette.article;

import app.gazette.shared.SiteFormats;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrections and updates as readers see them: on their article, and the corrections page. */
@Service
@Transactional(readOnly = true)
public class ArticleNotes {

    private final ArticleNoteRepository notes;
    private final ArticleRepository articles;
    private final SiteFormats formats;
    private final Clock clock;

    ArticleNotes(ArticleNoteRepository notes, ArticleRepository articles, SiteFormats formats, Clock clock) {
        this.notes = notes;
        this.articles = articles;
        this.formats = formats;
        this.clock = clock;
    }

    /** One page (from 1) of visible corrected articles, the most recently corrected first. */
    public Corrections corrections(int page, int size) {
        int number = Math.max(1, page);
        List<Long> ids =
                notes.findArticlesWith(NoteKind.CORRECTION, clock.instant(), PageRequest.of(number - 1, size + 1));
        List<Long> shown = ids.subList(0, Math.min(size, ids.size()));
        if (shown.isEmpty()) {
            return new Corrections(List.of(), number, false);
        }
        Map<Long, List<NoteView>> byArticle = notes.findOfKind(shown, NoteKind.CORRECTION).stream()
                .collect(Collectors.groupingBy(
                        ArticleNote::articleId, Collectors.mapping(this::view, Collectors.toList())));
        Map<Long, Article> found =
                articles.findAllById(shown).stream().collect(Collectors.toMap(Article::getId, Function.identity()));
        List<CorrectedArticle> entries = shown.stream()
                .map(id -> new CorrectedArticle(
                        found.get(id).getTitle(), ArticleViews.permalink(found.get(id)), byArticle.get(id)))
                .toList();
        return new Corrections(entries, number, ids.size() > size);
    }

    /** An article's notes, newest first: none without reading any when it has none. */
    List<NoteView> of(Article article) {
        if (article.marks().notedAt() == null) {
            return List.of();
        }
        return notes.findNewestFirst(article.getId()).stream().map(this::view).toList();
    }

    private NoteView view(ArticleNote note) {
        Instant at = note.createdAt();
        String day =
                DateTimeFormatter.ofPattern("d MMMM uuuu", formats.locale()).format(at.atZone(formats.zone()));
        return new NoteView(note.kind().key(), day, SiteFormats.iso(at), note.note());
    }

    /** A page of the corrections page; hasOlder: a next page exists. */
    public record Corrections(List<CorrectedArticle> entries, int page, boolean hasOlder) {}
}
