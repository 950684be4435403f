package app.gazette.article;

import app.gazette.label.Label;
import app.gazette.label.LabelLink;
import app.gazette.site.SiteFormats;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Maps articles to the records that pages show. Call within a transaction (labels are lazy). */
@Component
class ArticleViews {

    private final SiteFormats formats;

    ArticleViews(SiteFormats formats) {
        this.formats = formats;
    }

    static String permalink(Article article) {
        int month = article.getPublishMonth();
        return String.format("/%04d/%02d/%s", month / 100, month % 100, article.getSlug());
    }

    ArticleSummaryView summary(Article article, Map<Long, Long> commentCounts) {
        return new ArticleSummaryView(article.getId(), article.getTitle(), permalink(article),
                article.getAuthor().getDisplayName(), formats.dayOf(article.getPublishAt()),
                formats.time(article.getPublishAt()), article.getPublishAt().toString(), article.getSummary(),
                labels(article), commentCounts.getOrDefault(article.getId(), 0L));
    }

    ArticleView full(Article article) {
        return new ArticleView(article.getId(), article.getTitle(), permalink(article),
                article.getAuthor().getDisplayName(), formats.dateHeader(formats.dayOf(article.getPublishAt())),
                formats.time(article.getPublishAt()), article.getPublishAt().toString(), article.getSummary(),
                article.getBodyHtml(), labels(article), article.isCommentsOpen());
    }

    ArticleLink link(Article article) {
        return new ArticleLink(article.getTitle(), permalink(article));
    }

    private static List<LabelLink> labels(Article article) {
        return article.getLabels().stream()
                .sorted(Comparator.comparing(Label::getSlug))
                .map(label -> LabelLink.of(label.getName()))
                .toList();
    }
}
