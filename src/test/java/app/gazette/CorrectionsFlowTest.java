package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.EditAction;
import app.gazette.article.FeaturedDraft;
import app.gazette.article.FrontPage;
import app.gazette.article.FrontPageChoice;
import app.gazette.article.NoteDraft;
import app.gazette.article.NoteKind;
import app.gazette.shared.SiteFormats;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An editor corrects a published article: readers see the note, "Updated", and so do JSON-LD, the feed and /corrections. */
@AppTest
class CorrectionsFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    FrontPage frontPage;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aCorrectionShowsOnTheArticleInItsJsonLdTheFeedAndTheCorrectionsPage() throws Exception {
        Instant published = clock.instant().minus(Duration.ofHours(3));
        long id = editor.create(draft("Harbour toll rises", published, NoteDraft.NONE), EditAction.PUBLISH, "admin");
        editor.update(
                id,
                admin.edit(id, "admin").version(),
                draft(
                        "Harbour toll rises",
                        null,
                        new NoteDraft(NoteKind.CORRECTION, "The toll rises by 5%, not 50% as we first wrote.")),
                EditAction.SAVE,
                "admin");
        Instant noted = jdbc.queryForObject("SELECT noted_at FROM articles WHERE id = ?", Instant.class, id);
        String permalink = admin.edit(id, "admin").permalink();
        Browser reader = new Browser(port);

        String page = reader.get(permalink).body();
        assertThat(page)
                .contains("class=\"article-notes\"", "Correction</span>, <time datetime=\"" + SiteFormats.iso(noted))
                .contains("The toll rises by 5%, not 50% as we first wrote.")
                .contains("<time datetime=\"" + SiteFormats.iso(noted) + "\"")
                .contains("\"dateModified\":\"" + SiteFormats.iso(noted) + "\"");

        SyndEntry entry = new SyndFeedInput()
                        .build(new StringReader(
                                reader.get("/label/Tollbridge/feed.atom").body()))
                        .getEntries()
                        .stream()
                        .filter(candidate -> candidate.getTitle().equals("Harbour toll rises"))
                        .findFirst()
                        .orElseThrow();
        assertThat(entry.getUpdatedDate().toInstant())
                .isEqualTo(SiteFormats.iso(noted).transform(Instant::parse));

        String corrections = reader.get("/corrections").body();
        assertThat(corrections).contains("Harbour toll rises", permalink, "The toll rises by 5%");
    }

    @Test
    void theLeadStoryLeadsTheHomePageAndTheFeaturedStripFollows() throws Exception {
        Instant published = clock.instant().minus(Duration.ofHours(5));
        long lead =
                editor.create(draft("Storm closes the pier", published, NoteDraft.NONE), EditAction.PUBLISH, "admin");
        long featured =
                editor.create(draft("Lifeboat crew honoured", published, NoteDraft.NONE), EditAction.PUBLISH, "admin");

        frontPage.mark(lead, new FrontPageChoice(true, null, false));
        frontPage.mark(featured, new FrontPageChoice(false, null, true));

        String home = new Browser(port).get("/").body();
        assertThat(home.indexOf("class=\"lead-story\""))
                .isPositive()
                .isLessThan(home.indexOf("Storm closes the pier"))
                .isLessThan(home.indexOf("class=\"featured-strip\""));
        assertThat(home.substring(home.indexOf("class=\"featured-strip\""))).contains("Lifeboat crew honoured");
        assertThat(home.indexOf("class=\"featured-strip\"")).isLessThan(home.indexOf("class=\"date-header\""));
    }

    private static ArticleDraft draft(String title, Instant publishAt, NoteDraft note) {
        return new ArticleDraft(
                title,
                "",
                "",
                "The harbour board met on Tuesday.",
                List.of("Tollbridge"),
                publishAt,
                true,
                FeaturedDraft.NONE,
                note);
    }
}
