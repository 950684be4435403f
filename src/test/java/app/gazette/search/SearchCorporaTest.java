package app.gazette.search;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.written;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.label.Label;
import app.gazette.support.Corpora;
import app.gazette.support.FakeMedia;
import app.gazette.user.User;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

/** Every corpus entry as a query: no exception, and snippets hold no markup but {@code <mark>}. */
@DataJpaTest
@Import({SearchService.class, SearchServiceTest.Config.class, FakeMedia.class})
class SearchCorporaTest {

    @Autowired
    SearchService search;

    @Autowired
    TestEntityManager entities;

    @BeforeEach
    void articlesFullOfPayloads() {
        User ada = entities.persist(author("ada"));
        Label label = entities.persist(new Label("<script>alert('label')</script>"));
        entities.persist(written(
                ada,
                "payloads",
                "Admin login: <script>alert(1)</script> OR 1=1",
                "' or ''='",
                String.join("\n\n", Corpora.entries("xss/xss_payloads_quick.txt")) + "\n\nselect * from users; --",
                "2019-02-01T10:00:00Z",
                label));
        entities.persist(written(
                ada,
                "naughty",
                "Naughty strings",
                null,
                String.join("\n\n", Corpora.entries("blns/blns.json")),
                "2019-02-02T10:00:00Z"));
        entities.flush();
    }

    static List<String> files() {
        return Corpora.files();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyEntryIsAnsweredWithEscapedSnippets(String file) {
        List<String> entries = Corpora.entries(file);
        List<String> failures = new ArrayList<>();
        int found = 0;
        for (String entry : entries) {
            SearchResults results = search.search(SearchQuery.of(entry), 1, 10);
            found += results.page().entries().size();
            for (SearchResult result : results.page().entries()) {
                String bare = result.snippetHtml().replace("<mark>", "").replace("</mark>", "");
                if (bare.contains("<") || bare.contains(">")) {
                    failures.add(entry + " => " + result.snippetHtml());
                }
            }
        }
        assertThat(failures).isEmpty();
        if (entries.size() >= 10) {
            assertThat(found).as("some entries find the seeded articles").isPositive();
        }
    }
}
