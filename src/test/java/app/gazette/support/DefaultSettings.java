package app.gazette.support;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import app.gazette.article.FrontPage;
import app.gazette.article.FrontPageChoice;
import app.gazette.article.FrontPageView;
import app.gazette.site.GazetteProperties;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each controller test: the mocked SettingsService answers the configured settings and time
 * zone, the mocked FrontPage an empty front page and unmarked articles, and the clock is back at
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
        app.getBeanProvider(MutableClock.class).ifAvailable(clock -> clock.set(WebSliceClock.START));
    }
}
