package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The public base URL: configured, or this machine's port; never a request's host. */
class SiteAddressTest {

    final MockEnvironment environment = new MockEnvironment();

    @Test
    void theConfiguredBaseUrlIsUsedWithoutItsTrailingSlash() {
        assertThat(new SiteAddress("https://news.example.org/", environment).base())
                .isEqualTo("https://news.example.org");
        assertThat(new SiteAddress(" https://example.org/gazette ", environment).base())
                .isEqualTo("https://example.org/gazette");
    }

    @Test
    void unsetItIsThisMachineOnTheServersPortAndContextPath() {
        assertThat(new SiteAddress("", environment).base()).isEqualTo("http://localhost:8080");

        environment.setProperty("server.port", "9000");
        environment.setProperty("server.servlet.context-path", "/news");
        assertThat(new SiteAddress("", environment).base()).isEqualTo("http://localhost:9000/news");

        environment.setProperty("local.server.port", "41234");
        environment.setProperty("server.address", "::1");
        assertThat(new SiteAddress("", environment).base()).isEqualTo("http://[::1]:41234/news");
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteHttpAddressIsRefusedAtStart() {
        for (String bad :
                new String[] {"news.example.org", "ftp://example.org", "https://example.org/?x=1", "http://"}) {
            assertThatThrownBy(() -> new SiteAddress(bad, environment))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gazette.base-url");
        }
    }
}
