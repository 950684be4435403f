package app.gazette.comment;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import app.gazette.comment.CommentRefusedException.Reason;
import app.gazette.pagecache.ContentVersion;
import app.gazette.shared.SiteFormats;
import app.gazette.site.GazetteProperties;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.support.MutableClock;
import app.gazette.user.User;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The spam defences of posting, against the database: flood, duplicate, spam and held comments. */
@DataJpaTest
@Import({ContentVersion.class, CommentService.class, CommentDefencesTest.Config.class})
class CommentDefencesTest {

    static final Instant START = Instant.parse("2019-02-09T10:15:00Z");
    static final GazetteProperties PROPERTIES = new GazetteProperties(
            ZoneId.of("UTC"),
            10,
            "d.M.yyyy",
            "Gazette",
            "",
            new GazetteProperties.Comments(ModerationMode.NONE),
            new GazetteProperties.Admin("admin", ""));

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }

        @Bean
        GazetteProperties properties() {
            return PROPERTIES;
        }

        @Bean
        SiteFormats siteFormats() {
            return new SiteFormats(PROPERTIES.timeZone(), Locale.UK, PROPERTIES::dateHeaderPattern);
        }

        @Bean
        SettingsService settingsService() {
            return mock(SettingsService.class);
        }
    }

    @Autowired
    CommentService service;

    @Autowired
    CommentRepository comments;

    @Autowired
    SettingsService settings;

    @Autowired
    MutableClock clock;

    @Autowired
    TestEntityManager entities;

    long article;
    long other;

    @BeforeEach
    void articles() {
        clock.set(START);
        given(settings.current()).willReturn(Settings.initial(PROPERTIES));
        User ada = entities.persist(author("ada"));
        article =
                entities.persist(published(ada, "one", "2019-02-01T10:00:00Z")).getId();
        other = entities.persist(published(ada, "two", "2019-02-02T10:00:00Z")).getId();
    }

    /** A comment from a person: the form was rendered a minute ago. */
    private NewComment from(String ip, String name, String email, String body) {
        return new NewComment(name, email, body, ip, "JUnit", clock.instant().minusSeconds(60), false);
    }

    private CommentStatus post(long articleId, NewComment comment) {
        CommentStatus status = service.post(articleId, comment);
        entities.flush();
        return status;
    }

    @Test
    void theSameIpWithin15SecondsIsAFloodOnAnyArticleAndFreeAgainAfter() {
        post(article, from("192.0.2.1", "Ann", null, "First"));

        clock.advance(Duration.ofSeconds(14));
        assertThatThrownBy(() -> post(other, from("192.0.2.1", "Bob", "bob@example.org", "Second")))
                .isInstanceOf(CommentRefusedException.class)
                .extracting("reason")
                .isEqualTo(Reason.FLOOD);

        clock.advance(Duration.ofSeconds(1));
        assertThat(post(other, from("192.0.2.1", "Bob", "bob@example.org", "Second")))
                .isEqualTo(CommentStatus.APPROVED);
        assertThat(comments.count()).isEqualTo(2);
    }

    @Test
    void theSameEmailWithin15SecondsIsAFloodFromAnyIpInAnyCase() {
        post(article, from("192.0.2.1", "Ann", "ann@example.org", "First"));

        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> post(other, from("192.0.2.99", "Ann", " ANN@example.org", "Second")))
                .isInstanceOfSatisfying(CommentRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.FLOOD);
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(15));
                });
        assertThat(post(other, from("192.0.2.99", "Bob", "bob@example.org", "Third")))
                .isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void theSameTextOnTheSameArticleFromTheSameEmailIsADuplicate() {
        post(article, from("192.0.2.1", "Ann", "ann@example.org", "Same words"));
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> post(article, from("192.0.2.2", "Ann B.", "Ann@Example.org", "Same words")))
                .isInstanceOf(CommentRefusedException.class)
                .extracting("reason")
                .isEqualTo(Reason.DUPLICATE);
        assertThat(post(other, from("192.0.2.3", "Ann", "ann@example.org", "Same words")))
                .as("another article")
                .isEqualTo(CommentStatus.APPROVED);
        clock.advance(Duration.ofMinutes(5));
        assertThat(post(article, from("192.0.2.4", "Bob", "bob@example.org", "Same words")))
                .as("another author")
                .isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void withoutEmailTheSameNameIsTheSameAuthor() {
        post(article, from("192.0.2.1", "Ann", null, "Same words"));
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> post(article, from("192.0.2.2", " Ann ", "", "Same words")))
                .isInstanceOf(CommentRefusedException.class)
                .extracting("reason")
                .isEqualTo(Reason.DUPLICATE);
        assertThat(post(article, from("192.0.2.3", "Ann", "ann@example.org", "Same words")))
                .as("with an email it is someone else")
                .isEqualTo(CommentStatus.APPROVED);
        clock.advance(Duration.ofMinutes(5));
        assertThat(post(article, from("192.0.2.5", "Bob", null, "Same words"))).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void aHoneypotATooQuickOrAnUnsignedFormIsStoredAsSpam() {
        CommentStatus trapped =
                post(article, new NewComment("Bot", null, "Buy", "192.0.2.1", null, START.minusSeconds(60), true));
        CommentStatus quick =
                post(article, new NewComment("Bot", null, "Buy now", "192.0.2.2", null, START.minusSeconds(2), false));
        CommentStatus unsigned = post(article, new NewComment("Bot", null, "Buy!", "192.0.2.3", null, null, false));

        assertThat(trapped).isEqualTo(CommentStatus.SPAM);
        assertThat(quick).isEqualTo(CommentStatus.SPAM);
        assertThat(unsigned).isEqualTo(CommentStatus.SPAM);
        assertThat(comments.findByStatusOrderByCreatedAtAsc(CommentStatus.SPAM)).hasSize(3);
    }

    @Test
    void twoLinksOrABannedWordAreHeldEvenWithoutModeration() {
        given(settings.current())
                .willReturn(
                        new Settings("Gazette", "", 10, "d.M.yyyy", ModerationMode.NONE, 0, "casino\ncheap pills", 1));

        assertThat(post(article, from("192.0.2.1", "A", null, "https://a.example and https://b.example")))
                .isEqualTo(CommentStatus.PENDING);
        assertThat(post(article, from("192.0.2.2", "B", null, "The CASINO is open")))
                .isEqualTo(CommentStatus.PENDING);
        assertThat(post(article, from("192.0.2.3", "C", null, "One link: https://a.example")))
                .isEqualTo(CommentStatus.APPROVED);
    }
}
