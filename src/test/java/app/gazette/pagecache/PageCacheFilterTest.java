package app.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import app.gazette.support.MutableClock;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    final InFlight inFlight = new InFlight(10_000);
    final PageCacheMeters meters = PageCacheMeters.of(new SimpleMeterRegistry());
    final PageCacheFilter filter =
            new PageCacheFilter(Caffeine.newBuilder().build(), version, clock, Duration.ofMinutes(5), inFlight, meters);
    final AtomicInteger renders = new AtomicInteger();
    volatile CountDownLatch renderGate = new CountDownLatch(0);
    final List<String> seenQueries = new ArrayList<>();
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
        assertThat(meters.hits().count()).isEqualTo(1);
        assertThat(meters.misses().count()).isEqualTo(2);
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

    @Test
    void concurrentMissesOfOnePageWaitForASingleRender() throws Exception {
        renderGate = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> pages = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                pages.add(readers.submit(() -> read(get("/"))));
            }
            await().until(() -> inFlight.isRendering("http /"));
            renderGate.countDown();
            for (Future<String> page : pages) {
                assertThat(page.get(10, TimeUnit.SECONDS)).isEqualTo("page 1");
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void aPageOlderThanMaxAgeIsRenderedAgainOnce() throws Exception {
        read(get("/"));
        clock.advance(Duration.ofMinutes(4));
        assertThat(read(get("/"))).isEqualTo("page 1");

        clock.advance(Duration.ofMinutes(2));

        assertThat(read(get("/"))).isEqualTo("page 2");
        assertThat(read(get("/"))).isEqualTo("page 2");
    }

    @Test
    void whileAnOldPageIsBeingRefreshedOtherReadersStillGetIt() throws Exception {
        read(get("/"));
        clock.advance(Duration.ofMinutes(6));
        inFlight.lead("http /", new CompletableFuture<>());

        assertThat(read(get("/"))).isEqualTo("page 1");
        assertThat(renders).hasValue(1);
    }

    @Test
    void aChangedVersionIsNeverAnsweredFromTheOldPageEvenWhileRendering() throws Exception {
        read(get("/"));
        given(version.current()).willReturn(new ContentVersion.Key(2, null));
        CompletableFuture<CachedPage> stuck = new CompletableFuture<>();
        inFlight.lead("http /", stuck);
        inFlight.done("http /", stuck, null);

        assertThat(read(get("/"))).isEqualTo("page 2");
    }

    @Test
    void randomQueryStringsDoNotBypassThePageCache() throws Exception {
        Random random = new Random(18);
        for (int i = 0; i < 10_000; i++) {
            String path = i % 2 == 0 ? "/" : "/2019/02/a-story";
            MockHttpServletRequest request = get(path);
            String name = random.nextBoolean() ? "utm_" + random.nextInt() : Integer.toHexString(random.nextInt());
            request.setQueryString(name + "=" + random.nextLong() + (random.nextBoolean() ? "&q=" + i : ""));
            read(request);
        }

        assertThat(renders).hasValue(2);
        assertThat(seenQueries).containsExactly("null []", "null []");
    }

    @Test
    void aPageSeesOnlyTheParametersItReadsInOneOrderAndEncoding() throws Exception {
        MockHttpServletRequest first = get("/search");
        first.setQueryString("utm_source=x&page=2&q=caf%C3%A9+au+lait&q=second");
        MockHttpServletRequest second = get("/search");
        second.setQueryString("q=caf%c3%a9%20au%20lait&%70age=2");

        assertThat(read(first)).isEqualTo("page 1");
        assertThat(read(second)).isEqualTo("page 1");
        assertThat(seenQueries).containsExactly("q=caf%C3%A9+au+lait&page=2 [q, page]");
    }

    @Test
    void aMalformedParameterThePageReadsIsLeftToTheFullChain() throws Exception {
        MockHttpServletRequest malformed = get("/");
        malformed.setQueryString("page=%E0%A4");
        MockHttpServletRequest ignored = get("/");
        ignored.setQueryString("y=%E0%A4");

        read(malformed);
        read(malformed);
        read(ignored);

        assertThat(seenQueries).containsExactly("page=%E0%A4 []", "page=%E0%A4 []", "null []");
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
                try {
                    renderGate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (seenQueries) {
                    seenQueries.add(
                            req.getQueryString() + " " + req.getParameterMap().keySet());
                }
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
