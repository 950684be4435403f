package app.gazette.article;

import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaUsages;
import app.gazette.media.MediaView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * The pictures of an article: checks the featured one an editor chose (its alt text defaults from
 * the library's, and is required to publish) and tells the library which pictures each save uses.
 */
@Component
class ArticlePictures {

    private final MediaLibrary library;
    private final MediaUsages usages;

    ArticlePictures(MediaLibrary library, MediaUsages usages) {
        this.library = library;
        this.usages = usages;
    }

    /** The featured picture to keep, or null; refuses an unknown picture and, when {@code publishing}, no alt. */
    FeaturedImage featured(FeaturedDraft draft, boolean publishing) {
        if (draft.mediaId() == null) {
            return null;
        }
        MediaView picture = library.find(draft.mediaId())
                .orElseThrow(() -> new ArticleFieldException("featuredId", "article.featured.unknown"));
        String alt = isBlank(draft.alt()) ? picture.alt() : draft.alt().strip();
        if (publishing && isBlank(alt)) {
            throw new ArticleFieldException("featuredAlt", "article.featured.altRequired");
        }
        return new FeaturedImage(
                picture.id(), blankToNull(alt), blankToNull(draft.caption()), blankToNull(draft.credit()));
    }

    /** Records the featured picture and the library pictures of the body as used by this article. */
    void recordUses(Article article) {
        Set<Long> ids = new LinkedHashSet<>();
        FeaturedImage featured = article.featured();
        if (featured != null) {
            ids.add(featured.mediaId());
        }
        List<String> urls = Jsoup.parseBodyFragment(article.getBodyHtml()).select("img[src]").stream()
                .map(image -> image.attr("src"))
                .distinct()
                .toList();
        if (!urls.isEmpty()) {
            library.findByUrls(urls).values().forEach(picture -> ids.add(picture.id()));
        }
        usages.replace(article.getId(), article.getTitle(), ids);
    }

    void forget(long articleId) {
        usages.forget(articleId);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
