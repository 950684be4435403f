package app.gazette.journey;

import app.gazette.support.AppTest;
import app.gazette.support.ChromiumCondition;
import app.gazette.support.FakeMedia;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey in headless Chromium (tag "browser", skipped without Chromium, see ChromiumCondition)
 * through the app on a random port, filled with the demo profile's articles: one context shared by
 * every journey, apart from the other flow tests so that their data and settings do not mix in.
 * Every browser comes from 127.0.0.1: journeys use their own logins and emails and post one
 * comment in all, so that neither the sign-in guard nor the comment flood limit trips another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:gazette-browser-test;DB_CLOSE_DELAY=-1",
            "gazette.admin.password=" + AppTest.ADMIN_PASSWORD,
            "gazette.media.dir=target/browser-test-media",
            "gazette.comments.moderation=first-time",
            "gazette.comments.min-seconds=0",
            "logging.level.org.openqa.selenium.devtools=error"
        })
@ActiveProfiles("demo")
@Import(FakeMedia.class)
public @interface BrowserTest {}
