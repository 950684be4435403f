package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SameOriginFilterTest {

    /** A request to https://news.example.org/2019/02/x/comments (port 443). */
    private static MockHttpServletRequest post() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/2019/02/x/comments");
        request.setScheme("https");
        request.setServerName("news.example.org");
        request.setServerPort(443);
        return request;
    }

    private static MockHttpServletRequest withOrigin(String origin) {
        MockHttpServletRequest request = post();
        request.addHeader("Origin", origin);
        return request;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://news.example.org",
                "https://news.example.org:443",
                "HTTPS://NEWS.Example.org",
                "https://news.example.org/"
            })
    void sameSchemeHostAndPortIsSameOrigin(String origin) {
        assertThat(SameOriginFilter.isSameOrigin(withOrigin(origin))).isTrue();
    }

    @Test
    void defaultHttpPortEqualsAnOriginWithoutPort() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.setScheme("http");
        request.setServerName("example.org");
        request.setServerPort(80);
        request.addHeader("Origin", "http://example.org");

        assertThat(SameOriginFilter.isSameOrigin(request)).isTrue();
    }

    @Test
    void nonDefaultPortMustMatch() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.setServerName("localhost");
        request.setServerPort(8080);
        request.addHeader("Origin", "http://localhost:8080");
        assertThat(SameOriginFilter.isSameOrigin(request)).isTrue();

        MockHttpServletRequest noPort = new MockHttpServletRequest("POST", "/x");
        noPort.setServerName("localhost");
        noPort.setServerPort(8080);
        noPort.addHeader("Origin", "http://localhost");
        assertThat(SameOriginFilter.isSameOrigin(noPort)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example",
                "https://news.example.org.evil.example",
                "http://news.example.org",
                "https://news.example.org:8443",
                "http://news.example.org:443",
                "https://example.org"
            })
    void differentHostSchemeOrPortIsNotSameOrigin(String origin) {
        assertThat(SameOriginFilter.isSameOrigin(withOrigin(origin))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage",
                "::::",
                "https://",
                "news.example.org",
                "//news.example.org",
                "https://news.example.org:notaport",
                "https://news example.org",
                "javascript:alert(1)"
            })
    void unparseableOriginIsNotSameOrigin(String origin) {
        assertThat(SameOriginFilter.isSameOrigin(withOrigin(origin))).isFalse();
    }

    @CsvSource({
        "https://news.example.org/2019/02/x, true",
        "https://evil.example/page, false",
    })
    @ParameterizedTest
    void originNullFallsBackToReferer(String referer, boolean expected) {
        MockHttpServletRequest request = withOrigin("null");
        request.addHeader("Referer", referer);

        assertThat(SameOriginFilter.isSameOrigin(request)).isEqualTo(expected);
    }

    @Test
    void refererIsUsedWhenOriginIsAbsent() {
        MockHttpServletRequest request = post();
        request.addHeader("Referer", "https://news.example.org/2019/02/x?c=1#form");
        assertThat(SameOriginFilter.isSameOrigin(request)).isTrue();
    }

    @Test
    void originWinsOverAMatchingReferer() {
        MockHttpServletRequest request = withOrigin("https://evil.example");
        request.addHeader("Referer", "https://news.example.org/2019/02/x");
        assertThat(SameOriginFilter.isSameOrigin(request)).isFalse();
    }

    @Test
    void noOriginAndNoRefererIsNotSameOrigin() {
        assertThat(SameOriginFilter.isSameOrigin(post())).isFalse();
        MockHttpServletRequest nullOnly = withOrigin("null");
        assertThat(SameOriginFilter.isSameOrigin(nullOnly)).isFalse();
    }

    @Test
    void getPassesWithoutAnyHeader() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/2019/02/x");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SameOriginFilter().doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_OK);
    }

    @Test
    void crossSitePostIsForbiddenAndNeverReachesTheChain() throws Exception {
        MockHttpServletRequest request = withOrigin("https://evil.example");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SameOriginFilter().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_FORBIDDEN);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void postWithoutHeadersIsForbidden() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SameOriginFilter().doFilter(post(), response, chain);

        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_FORBIDDEN);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void sameOriginPostPasses() throws Exception {
        MockHttpServletRequest request = withOrigin("https://news.example.org");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SameOriginFilter().doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_OK);
    }
}
