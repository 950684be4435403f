package app.gazette.support;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticlePolicy;
import app.gazette.article.ArticleStatus;
import app.gazette.article.FrontPage;
import app.gazette.article.FrontPageChoice;
import app.gazette.article.FrontPageView;
import app.gazette.site.GazetteProperties;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.user.Role;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each controller test: the mocked SettingsService answers the configured settings and time
 * zone, the mocked FrontPage an empty front page and unmarked articles, a new article every button
 * (an admin's), and the clock is back at
 * {@link WebSliceClock#START}.
 */
public class DefaultSettings extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext context) {
        ApplicationContext app = context.getApplicationContext();
        GazetteProperties properties = app.getBean(GazetteProperties.class);
        given(app.getBean(SettingsService.class).current()).willReturn(Settings.initial(properties));
        given(app.getBean(SettingsService.class).timeZone()).willReturn(properties.timeZone());
        given(app.getBean(FrontPage.class).current()).willReturn(new FrontPageView(null, List.of()));
        given(app.getBean(FrontPage.class).choiceOf(anyLong())).willReturn(new FrontPageChoice(false, null, false));
        given(app.getBean(ArticleAdmin.class).rightsForNew(anyString()))
                .willReturn(ArticlePolicy.rights(Role.ADMIN, true, ArticleStatus.DRAFT));
        app.getBeanProvider(MutableClock.class).ifAvailable(clock -> clock.set(WebSliceClock.START));
    }
}
