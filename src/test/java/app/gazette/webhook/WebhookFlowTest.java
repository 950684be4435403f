package app.gazette.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.EditAction;
import app.gazette.comment.CommentModeration;
import app.gazette.outbox.OutboxWorker;
import app.gazette.site.SettingsService;
import app.gazette.support.AppTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Events reach a receiver in the test JVM through the outbox, after commit only. */
@AppTest
class WebhookFlowTest {

    @Autowired
    Webhooks webhooks;

    @Autowired
    ArticleEditor editor;

    @Autowired
    CommentModeration moderation;

    @Autowired
    SettingsService settings;

    @Autowired
    OutboxWorker worker;

    @Autowired
    ScheduledArticles scheduled;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    Receiver receiver;

    @BeforeEach
    void register() throws Exception {
        receiver = new Receiver();
        webhooks.allowPrivateDestinations(true);
        webhooks.register(new NewWebhook(receiver.url("/hook"), WebhookEvent.subscribable(), "test receiver"));
    }

    @AfterEach
    void unregister() {
        webhooks.list().forEach(hook -> webhooks.delete(hook.id()));
        webhooks.allowPrivateDestinations(false);
        jdbc.update("DELETE FROM outbox_jobs");
        receiver.close();
    }

    @Test
    void publishingAnArticleDeliversASignedMessageWithItsAbsoluteAddress() {
        String title = unique("Harbour reopens");
        long id = editor.create(draft(title, null), EditAction.PUBLISH, "admin");

        assertThat(receiver.requests).isEmpty();
        worker.runDue();

        Receiver.Request got = only(title);
        assertThat(got.event()).isEqualTo("article.published");
        assertThat(WebhookSignature.verifies(webhooks.list().get(0).secret(), got.signature(), got.body()))
                .isTrue();
        JsonNode article = json(got).get("data").get("article");
        assertThat(article.get("id").asLong()).isEqualTo(id);
        assertThat(article.get("url").asString())
                .startsWith("http://")
                .endsWith("/" + article.get("slug").asString());
        assertThat(article.get("published_at").asString()).isNotBlank();
        assertThat(webhooks.list().get(0).deliveries())
                .extracting(WebhookView.DeliveryView::outcome, WebhookView.DeliveryView::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DELIVERED", 200));
    }

    @Test
    void aRolledBackSaveSendsNothing() {
        String title = unique("Never happened");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            editor.create(draft(title, null), EditAction.PUBLISH, "admin");
            status.setRollbackOnly();
        });

        worker.runDue();

        assertThat(receiver.requests).noneMatch(r -> r.body().contains(title));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_jobs", Integer.class))
                .isZero();
    }

    @Test
    void editsUnpublishingAndDeletingAreAnnouncedAsSuch() {
        String title = unique("Bridge vote");
        long id = editor.create(draft(title, null), EditAction.PUBLISH, "admin");
        editor.update(id, version(id), draft(title, null), EditAction.SAVE, "admin");
        editor.update(id, version(id), draft(title, null), EditAction.UNPUBLISH, "admin");
        editor.delete(id, "admin");

        worker.runDue();

        assertThat(receiver.requests)
                .filteredOn(r -> r.body().contains(title))
                .extracting(Receiver.Request::event)
                .containsExactlyInAnyOrder(
                        "article.published", "article.updated", "article.unpublished", "article.deleted");
    }

    @Test
    void aScheduledArticleReachingItsTimeIsAnnouncedOnce() {
        jdbc.update("UPDATE webhook_state SET scheduled_checked = NULL");
        Instant now = Instant.now();
        scheduled.announceDue(now);
        String title = unique("Midnight budget");
        editor.create(draft(title, now.plus(Duration.ofHours(1))), EditAction.SCHEDULE, "admin");

        scheduled.announceDue(now.plus(Duration.ofMinutes(30)));
        worker.runDue();
        assertThat(receiver.requests).noneMatch(r -> r.body().contains(title));

        scheduled.announceDue(now.plus(Duration.ofMinutes(61)));
        scheduled.announceDue(now.plus(Duration.ofMinutes(62)));
        worker.runDue();

        assertThat(only(title).event()).isEqualTo("article.published");
    }

    @Test
    void failedDeliveriesAreLoggedWithTheirResponseCodeAndTriedAgainLater() {
        receiver.status = 500;
        String title = unique("Flood warning");
        editor.create(draft(title, null), EditAction.PUBLISH, "admin");

        worker.runDue();
        worker.runDue();

        assertThat(receiver.requests).hasSize(1);
        assertThat(webhooks.list().get(0).deliveries())
                .extracting(WebhookView.DeliveryView::outcome, WebhookView.DeliveryView::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FAILED", 500));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM outbox_jobs WHERE done_at IS NULL AND next_attempt_at > CURRENT_TIMESTAMP",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void savingTheSettingsAndSendingATestAreDelivered() {
        settings.update(settings.current());
        worker.runDue();
        assertThat(webhooks.sendTest(webhooks.list().get(0).id())).isTrue();

        assertThat(receiver.requests).extracting(Receiver.Request::event).containsExactly("site.changed", "ping");
        assertThat(json(receiver.requests.get(0))
                        .get("data")
                        .get("site")
                        .get("title")
                        .asString())
                .isEqualTo(settings.current().siteTitle());
    }

    @Test
    void aDisabledHookHearsNothing() {
        webhooks.setEnabled(webhooks.list().get(0).id(), false);
        editor.create(draft(unique("Quiet day"), null), EditAction.PUBLISH, "admin");

        worker.runDue();

        assertThat(receiver.requests).isEmpty();
    }

    private Receiver.Request only(String title) {
        List<Receiver.Request> matching =
                receiver.requests.stream().filter(r -> r.body().contains(title)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private long version(long id) {
        return jdbc.queryForObject("SELECT version FROM articles WHERE id = ?", Long.class, id);
    }

    private static JsonNode json(Receiver.Request request) {
        return WebhookPayloads.JSON.readTree(request.body());
    }

    private static ArticleDraft draft(String title, Instant at) {
        return new ArticleDraft(title, "", "", "Text of " + title + ".", List.of(), at, true, null);
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
