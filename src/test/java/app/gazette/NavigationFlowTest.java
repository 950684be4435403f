package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.EditAction;
import app.gazette.site.SiteSections;
import app.gazette.site.SiteSections.SectionsRefused;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers find their way: the top menu of the sections an admin chose (changed at once on cached
 * pages), breadcrumbs with their BreadcrumbList JSON-LD on article pages, and a sign-in link in the
 * footer that gives readers no cookie.
 */
@AppTest
class NavigationFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    SiteSections sections;

    Browser reader;

    @BeforeEach
    void reader() {
        reader = new Browser(port);
    }

    @AfterEach
    void noSections() {
        sections.choose(List.of());
    }

    @Test
    void theChosenSectionsAreTheMenuUnderTheMastheadAndChangesShowAtOnce() throws Exception {
        publish("Ferry timetable changes", "Ferries", "Harbour news");
        assertThat(page("/").select("nav.sections")).isEmpty();

        sections.choose(List.of("harbour NEWS", "Ferries", "ferries"));
        Document home = page("/");
        Element nav = home.selectFirst("header.masthead + nav.sections");
        assertThat(nav.attr("aria-label")).isEqualTo("Sections");
        assertThat(nav.selectFirst("details > summary").text()).isEqualTo("Menu");
        assertThat(nav.select("details a").eachText()).containsExactly("Harbour news", "Ferries");
        assertThat(nav.select("details a").eachAttr("href")).containsExactly("/label/Harbour%20news", "/label/Ferries");
        assertThat(nav.select(".sections-flat a").eachAttr("href"))
                .containsExactly("/label/Harbour%20news", "/label/Ferries");

        sections.choose(List.of("Ferries"));
        assertThat(page("/label/Ferries").select("nav.sections details a").eachText())
                .containsExactly("Ferries");
        assertThat(page("/").select("nav.sections details a").eachText()).containsExactly("Ferries");

        sections.choose(List.of());
        assertThat(page("/").select("nav.sections")).isEmpty();
    }

    @Test
    void labelsThatDoNotExistAndMoreThanEightAreRefused() {
        publish("Nine labels", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9");
        sections.choose(List.of("L1"));

        assertThatThrownBy(() -> sections.choose(List.of("L2", "No such label")))
                .isInstanceOfSatisfying(SectionsRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("settings.sections.unknown");
                    assertThat(refused.argument()).isEqualTo("No such label");
                });
        List<String> nine = new ArrayList<>(
                IntStream.rangeClosed(1, 9).mapToObj(n -> "L" + n).toList());
        assertThatThrownBy(() -> sections.choose(nine))
                .isInstanceOfSatisfying(
                        SectionsRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("settings.sections.tooMany"));
        assertThat(sections.links()).extracting(link -> link.name()).containsExactly("L1");

        sections.choose(nine.subList(1, 9));
        assertThat(sections.links()).hasSize(8);
    }

    @Test
    void articlePagesHaveBreadcrumbsAndTheirBreadcrumbListWithAbsoluteUrls() throws Exception {
        String permalink = permalinkOf(publish("Pier reopens", "Waterfront", "Boats"));
        Document page = page(permalink);

        Element crumbs = page.selectFirst("main nav.breadcrumbs[aria-label=Breadcrumbs] ol");
        assertThat(crumbs.select("li").eachText()).containsExactly("Home", "Boats", "Pier reopens");
        assertThat(crumbs.select("a").eachAttr("href")).containsExactly("/", "/label/Boats", permalink);
        assertThat(crumbs.selectFirst("[aria-current=page]").text()).isEqualTo("Pier reopens");

        String base = "http://localhost:" + port;
        JsonNode items = breadcrumbList(page).get("itemListElement");
        assertThat(items).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(items.get(i).get("@type").asString()).isEqualTo("ListItem");
            assertThat(items.get(i).get("position").asInt()).isEqualTo(i + 1);
        }
        assertThat(items.get(0).get("item").asString()).isEqualTo(base + "/");
        assertThat(items.get(1).get("name").asString()).isEqualTo("Boats");
        assertThat(items.get(1).get("item").asString()).isEqualTo(base + "/label/Boats");
        assertThat(items.get(2).get("name").asString()).isEqualTo("Pier reopens");
        assertThat(items.get(2).get("item").asString()).isEqualTo(base + permalink);
    }

    @Test
    void anArticleWithoutLabelsHasHomeThenItself() throws Exception {
        long id = editor.create(
                new ArticleDraft("Unlabelled note", "", "", "A note.", List.of(), null, true, null),
                EditAction.PUBLISH,
                "admin");
        Document page = page(permalinkOf(id));

        assertThat(page.select("nav.breadcrumbs li").eachText()).containsExactly("Home", "Unlabelled note");
        assertThat(breadcrumbList(page).get("itemListElement")).hasSize(2);
    }

    @Test
    void theFooterLinksToSignInWithoutGivingReadersACookie() throws Exception {
        HttpResponse<String> home = reader.get("/");

        Element signIn = Jsoup.parse(home.body()).selectFirst("footer.site-footer a.sign-in");
        assertThat(signIn.attr("href")).isEqualTo("/login");
        assertThat(signIn.text()).isEqualTo("Sign in");
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(home.headers().firstValue("Cache-Control")).contains("public, max-age=60");
    }

    private long publish(String title, String... labels) {
        return editor.create(
                new ArticleDraft(title, "", "", "Reported by our staff.", List.of(labels), null, true, null),
                EditAction.PUBLISH,
                "admin");
    }

    private String permalinkOf(long id) {
        return admin.edit(id, "admin").permalink();
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = reader.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static JsonNode breadcrumbList(Document page) {
        List<JsonNode> lists = page.select("script[type=application/ld+json]").stream()
                .map(script -> JsonMapper.builder().build().readTree(script.data()))
                .filter(json -> "BreadcrumbList".equals(json.get("@type").asString()))
                .toList();
        assertThat(lists).hasSize(1);
        return lists.get(0);
    }
}
