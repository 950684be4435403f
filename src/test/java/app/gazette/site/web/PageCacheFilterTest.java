package app.gazette.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import app.gazette.site.ContentVersion;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HttpServletBean;

/** What the page cache may keep and whom it may answer, with a stand-in for the rest of the chain. */
class PageCacheFilterTest {

    final ContentVersion version = mock(ContentVersion.class);
    final PageCacheFilter filter = new PageCacheFilter(Caffeine.newBuilder().build(), version);
    final AtomicInteger renders = new AtomicInteger();
    String setCookie;
    int status = 200;

    @BeforeEach
    void versionOne() {
        given(version.current()).willReturn(new ContentVersion.Key(1, null));
    }

    @Test
    void anAnonymousReadIsRenderedOnceUntilTheVersionChanges() throws Exception {
        assertThat(read(get("/"))).isEqualTo("page 1");
        assertThat(read(get("/"))).isEqualTo("page 1");

        given(version.current()).willReturn(new ContentVersion.Key(2, null));

        assertThat(read(get("/"))).isEqualTo("page 2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void requestsWithASessionCookieOrCredentialsAlwaysTakeTheFullChain() throws Exception {
        read(get("/"));
        MockHttpServletRequest signedIn = get("/");
        signedIn.setCookies(new Cookie("SESSION", "abc"));
        MockHttpServletRequest basic = get("/");
        basic.addHeader("Authorization", "Basic eDp5");

        assertThat(read(signedIn)).isEqualTo("page 2");
        assertThat(read(basic)).isEqualTo("page 3");
        assertThat(read(get("/"))).isEqualTo("page 1");
    }

    @Test
    void theNewsroomAndPostsAreNeverCached() throws Exception {
        read(get("/admin"));
        read(get("/admin"));
        MockHttpServletRequest post = get("/2019/02/a/comments");
        post.setMethod("POST");
        read(post);
        read(post);

        assertThat(renders).hasValue(4);
    }

    @Test
    void responsesSettingACookieOrNotOkAreNotKept() throws Exception {
        setCookie = "tracker=1";
        read(get("/a"));
        read(get("/a"));
        setCookie = null;
        status = 404;
        read(get("/b"));
        read(get("/b"));

        assertThat(renders).hasValue(4);
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    private String read(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new HttpServletBean() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res)
                    throws java.io.IOException {
                res.setStatus(status);
                res.setContentType("text/html;charset=UTF-8");
                if (setCookie != null) {
                    res.addHeader("Set-Cookie", setCookie);
                }
                res.getOutputStream().write(("page " + renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
            }
        }));
        return response.getContentAsString();
    }
}
