package app.gazette.support;

import static org.mockito.BDDMockito.given;

import app.gazette.site.GazetteProperties;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each controller test: the mocked SettingsService answers the configured settings and time
 * zone, and the clock is back at {@link WebSliceClock#START}.
 */
public class DefaultSettings extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext context) {
        ApplicationContext app = context.getApplicationContext();
        GazetteProperties properties = app.getBean(GazetteProperties.class);
        given(app.getBean(SettingsService.class).current()).willReturn(Settings.initial(properties));
        given(app.getBean(SettingsService.class).timeZone()).willReturn(properties.timeZone());
        app.getBeanProvider(MutableClock.class).ifAvailable(clock -> clock.set(WebSliceClock.START));
    }
}
