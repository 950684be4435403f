package app.gazette.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with a fresh in-memory H2: one shared context. Tests post
 * comments the moment they open a page, so the 3-second rule is off here (it is tested on the
 * service); the 15-second flood limit is on, per reader ({@link Browser}). Media are stored on disk
 * under target/app-test-media. Outbox jobs and the webhooks' scheduled look run only when a test
 * runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:gazette-app-test;DB_CLOSE_DELAY=-1",
            "gazette.admin.password=" + AppTest.ADMIN_PASSWORD,
            "gazette.comments.moderation=first-time",
            "gazette.comments.min-seconds=0",
            "gazette.media.dir=target/app-test-media",
            "gazette.outbox.cron=-",
            "gazette.webhooks.scheduled-cron=-"
        })
@Import({FailingController.class, StatementCounter.class, FakeMedia.class})
public @interface AppTest {

    String ADMIN_PASSWORD = "test-admin-password-1";
}
