package app.gazette.demo;

import app.gazette.article.ArticleWriter;
import app.gazette.article.FeaturedDraft;
import app.gazette.article.NewArticle;
import app.gazette.comment.CommentService;
import app.gazette.media.MediaLibrary;
import app.gazette.shared.SiteFormats;
import app.gazette.user.UserService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The demo profile: fills a database that holds only the welcome article with demo/articles.json. */
@Component
@Profile("demo")
@Order(1)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    /** The newest demo articles get a drawn picture each: enough to show images without slowing the start. */
    private static final int PICTURED = 6;

    private static final String ALT =
            "A drawn landscape: hills in three shades under a wide sky, a river winding through";
    private static final List<String[]> AUTHORS = List.of(
            new String[] {"ada.whitlock", "Ada Whitlock"},
            new String[] {"tomas.rennick", "Tomás Rennick"},
            new String[] {"priya.lowe", "Priya Lowe"});

    private final ArticleWriter articles;
    private final CommentService comments;
    private final UserService users;
    private final SiteFormats formats;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MediaLibrary pictures;

    DemoContent(
            ArticleWriter articles,
            CommentService comments,
            UserService users,
            SiteFormats formats,
            TransactionTemplate transaction,
            Clock clock,
            MediaLibrary pictures) {
        this.pictures = pictures;
        this.articles = articles;
        this.comments = comments;
        this.users = users;
        this.formats = formats;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (articles.count() > 1) {
            return;
        }
        List<DemoArticle> demo = read().stream()
                .sorted(Comparator.comparingInt(DemoArticle::daysAgo).reversed())
                .toList();
        AUTHORS.forEach(
                byline -> users.findOrCreateAuthor(byline[0], byline[1])); // committed before pictures name them
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < demo.size(); i++) {
                create(demo.get(i), i >= demo.size() - PICTURED);
            }
        });
        log.info("Demo profile: added {} articles", demo.size());
    }

    private void create(DemoArticle article, boolean pictured) {
        String[] byline = AUTHORS.get(Math.floorMod(article.title().hashCode(), AUTHORS.size()));
        long author = users.findOrCreateAuthor(byline[0], byline[1]);
        LocalDate day = formats.dayOf(clock.instant()).minusDays(article.daysAgo());
        Instant at = day.atTime(LocalTime.parse(article.time()))
                .atZone(formats.zone())
                .toInstant();
        Instant published = at.isAfter(clock.instant()) ? clock.instant().minusSeconds(60) : at;
        FeaturedDraft featured = pictured ? picture(article, author) : FeaturedDraft.NONE;
        long id = articles.create(new NewArticle(
                article.title(), article.excerpt(), article.body(), article.labels(), author, published, featured));
        for (DemoArticle.DemoComment comment : article.comments()) {
            Instant when = published.plus(Duration.ofMinutes(comment.minutesAfter()));
            comments.addApproved(
                    id,
                    comment.name(),
                    comment.email(),
                    comment.body(),
                    when.isAfter(clock.instant()) ? clock.instant() : when);
        }
    }

    /** A landscape drawn for the article (no downloaded photos), added to the library. */
    private FeaturedDraft picture(DemoArticle article, long author) {
        try {
            Path file = DemoPictures.draw(article.title().hashCode());
            try {
                long id = pictures.add(file, "landscape.png", ALT, author).id();
                return new FeaturedDraft(id, ALT, "", "Drawn by Gazette");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DemoArticle> read() throws IOException {
        try (InputStream in = new ClassPathResource("demo/articles.json").getInputStream()) {
            return List.of(JsonMapper.builder().build().readValue(in, DemoArticle[].class));
        }
    }

    record DemoArticle(
            String title,
            List<String> labels,
            int daysAgo,
            String time,
            String excerpt,
            String body,
            List<DemoComment> comments) {

        record DemoComment(String name, String email, String body, int minutesAfter) {}
    }
}
