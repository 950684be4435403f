package app.gazette.article;

import app.gazette.label.LabelService;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.shared.SiteFormats;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates articles: renders Markdown once, picks a unique slug, attaches labels. */
@Service
public class ArticleWriter {

    private final ArticleRepository articles;
    private final SlugPicker slugs;
    private final BylineRepository bylines;
    private final LabelService labels;
    private final MarkdownRenderer renderer;
    private final SiteFormats formats;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ArticlePictures pictures;

    ArticleWriter(
            ArticleRepository articles,
            SlugPicker slugs,
            BylineRepository bylines,
            LabelService labels,
            MarkdownRenderer renderer,
            SiteFormats formats,
            Clock clock,
            ApplicationEventPublisher events,
            ArticlePictures pictures) {
        this.pictures = pictures;
        this.articles = articles;
        this.slugs = slugs;
        this.events = events;
        this.bylines = bylines;
        this.labels = labels;
        this.renderer = renderer;
        this.formats = formats;
        this.clock = clock;
    }

    @Transactional
    public long create(NewArticle draft) {
        Instant now = clock.instant();
        Article article =
                new Article(slugs.pick(Slugs.slugify(draft.title())), bylines.getReferenceById(draft.authorId()), now);
        FeaturedImage featured = pictures.featured(draft.featured(), draft.publishAt() != null);
        article.write(
                draft.title(),
                draft.excerpt(),
                draft.markdown(),
                renderer.render(draft.markdown(), featured != null),
                now);
        article.label(labels.resolve(draft.labels()));
        if (draft.publishAt() != null) {
            article.publish(draft.publishAt(), formats.monthOf(draft.publishAt()));
        }
        article.feature(featured);
        long id = articles.save(article).getId();
        pictures.recordUses(article);
        events.publishEvent(new PublicContentChanged("article"));
        return id;
    }

    @Transactional(readOnly = true)
    public long count() {
        return articles.count();
    }
}
