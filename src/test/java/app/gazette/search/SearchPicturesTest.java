package app.gazette.search;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.pictured;
import static app.gazette.article.TestArticles.written;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.FeaturedView;
import app.gazette.label.Label;
import app.gazette.shared.LabelLink;
import app.gazette.support.FakeMedia;
import app.gazette.user.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

/** Search results carry each article's featured picture (one library lookup a page) and its labels. */
@DataJpaTest
@Import({SearchService.class, SearchServiceTest.Config.class, FakeMedia.class})
class SearchPicturesTest {

    @Autowired
    SearchService search;

    @Autowired
    TestEntityManager entities;

    @Autowired
    FakeMedia.Library library;

    @Test
    void resultsShowTheirArticlesPictureWithTheArticlesAltOrNone() {
        library.put(FakeMedia.picture(81, "quay", 1600, 1000, "Library quay"));
        library.put(FakeMedia.picture(82, "mill", 1600, 1000, "Library mill"));
        User ada = entities.persist(author("ada"));
        Label sea = entities.persist(new Label("Sea"));
        Label boats = entities.persist(new Label("Boats"));
        entities.persist(pictured(harbour(ada, "a", sea, boats), 81, "Boats at the quay"));
        entities.persist(harbour(ada, "b"));
        entities.persist(pictured(harbour(ada, "c"), 82, null));
        entities.persist(pictured(harbour(ada, "d"), 99, "A deleted picture"));
        entities.flush();
        int before = library.lookups();

        Map<String, SearchResult> found = new HashMap<>();
        search.search(SearchQuery.of("harbour"), 1, 10).page().entries().forEach(r -> found.put(r.title(), r));

        assertThat(library.lookups() - before).isEqualTo(1);
        FeaturedView a = found.get("Harbour a").featured();
        assertThat(a.picture().id()).isEqualTo(81);
        assertThat(a.alt()).isEqualTo("Boats at the quay");
        assertThat(found.get("Harbour a").labels()).extracting(LabelLink::name).containsExactly("Boats", "Sea");
        assertThat(found.get("Harbour b").featured()).isNull();
        assertThat(found.get("Harbour b").labels()).isEmpty();
        assertThat(found.get("Harbour c").featured().alt()).isEqualTo("Library mill");
        assertThat(found.get("Harbour d").featured()).isNull();
    }

    @Test
    void resultsWithoutPicturesNeverAskTheLibrary() {
        User bob = entities.persist(author("bob"));
        entities.persist(harbour(bob, "e"));
        entities.flush();
        int before = library.lookups();

        assertThat(search.search(SearchQuery.of("harbour"), 1, 10).page().entries())
                .extracting(SearchResult::featured)
                .containsExactly((FeaturedView) null);
        assertThat(library.lookups()).isEqualTo(before);
    }

    private static app.gazette.article.Article harbour(User author, String name, Label... labels) {
        return written(
                author,
                "harbour-" + name,
                "Harbour " + name,
                null,
                "Ships at the harbour, " + name + ".",
                "2019-02-0" + (List.of("a", "b", "c", "d", "e").indexOf(name) + 1) + "T10:00:00Z",
                labels);
    }
}
