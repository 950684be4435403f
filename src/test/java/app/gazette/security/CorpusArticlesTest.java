package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.support.AppTest;
import app.gazette.support.Corpora;
import app.gazette.support.SafeHtml;
import app.gazette.support.SignedInBrowser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * Every corpus string (blns, XSS, SQL injection) and a few generated ones as an article's title,
 * body and labels: no 5xx; stored exactly or refused with a 400; the pages readers get stay inert.
 */
@AppTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gazette-corpus-articles;DB_CLOSE_DELAY=-1")
class CorpusArticlesTest {

    static final List<String> GENERATED = List.of(
            "nul\u0000byte",
            "carriage\rreturn",
            "line\nfeed",
            "tab\tin title",
            "\uFEFFbom",
            "🙂".repeat(150),
            "x".repeat(301));

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleAdmin articles;

    @Test
    void corpusStringsAsTitleBodyAndLabelsAreStoredExactlyOrRefusedAndNeverExecute() throws Exception {
        SignedInBrowser editor = new SignedInBrowser(port);
        editor.logIn("admin", AppTest.ADMIN_PASSWORD);
        String token = editor.csrfToken("/admin/articles/new");
        List<String> inputs = new ArrayList<>(GENERATED);
        Corpora.files().forEach(file -> inputs.addAll(Corpora.entries(file)));
        int stored = 0;
        int refused = 0;

        for (String input : inputs) {
            HttpResponse<String> saved = editor.post(
                    "/admin/articles",
                    Map.of(
                            "title",
                            input,
                            "body",
                            input,
                            "labels",
                            input,
                            "slug",
                            "",
                            "excerpt",
                            "",
                            "publishAt",
                            "",
                            "commentsOpen",
                            "true",
                            "action",
                            "publish"),
                    token);
            assertThat(saved.statusCode()).as("status for %s", input).isIn(302, 400);
            if (saved.statusCode() == 400) {
                refused++;
                assertThat(saved.body()).contains("Please correct the marked fields");
                continue;
            }
            stored++;
            String location = URI.create(saved.headers().firstValue("Location").orElseThrow())
                    .getPath();
            long id = Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);
            ArticleAdmin.ArticleEdit edit = articles.edit(id, "admin");
            assertThat(edit.title()).isEqualTo(input);
            assertThat(edit.markdown()).isEqualTo(input);
            HttpResponse<String> page = editor.get(edit.permalink());
            assertThat(page.statusCode()).isEqualTo(200);
            SafeHtml.assertSafe(page.body(), "article " + input);
        }
        SafeHtml.assertSafe(editor.get("/").body(), "home page");
        System.out.printf(
                "[corpus] articles: %d strings tried, %d stored, %d refused%n", inputs.size(), stored, refused);
        assertThat(stored).isGreaterThan(inputs.size() / 2);
    }
}
