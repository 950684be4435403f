package app.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Media files go through the page cache and the ETag filter unbuffered: their first bytes reach the
 * client while the rest is still being read from the store. Reader pages, for contrast, are held.
 */
class MediaPassThroughTest {

    static final String MEDIA = "/media/2026/12/3fa9c0de12ab-harbour-1920.jpg";

    final ContentVersion version = mock(ContentVersion.class);

    @Test
    void theEtagFilterPassesMediaOnAsTheyAreWritten() throws Exception {
        assertThat(sentWhileWriting(new PublicPageCaching(), MEDIA)).isTrue();
        assertThat(sentWhileWriting(new PublicPageCaching(), "/")).isFalse();
    }

    @Test
    void thePageCachePassesMediaOnAsTheyAreWritten() throws Exception {
        given(version.current()).willReturn(new ContentVersion.Key(1, null));
        PageCacheFilter pageCache = new PageCacheFilter(
                Caffeine.newBuilder().build(),
                version,
                Clock.systemUTC(),
                Duration.ofMinutes(5),
                new InFlight(1000),
                PageCacheMeters.of(new SimpleMeterRegistry()));

        assertThat(sentWhileWriting(pageCache, MEDIA)).isTrue();
        assertThat(sentWhileWriting(pageCache, "/")).isFalse();
    }

    /** Whether bytes written and flushed by the rest of the chain reached the real response at once. */
    private static boolean sentWhileWriting(Filter filter, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean sent = new AtomicBoolean();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, (request, chained) -> {
            chained.setContentType(path.equals(MEDIA) ? "image/jpeg" : "text/html");
            chained.getOutputStream().write(new byte[100]);
            chained.flushBuffer();
            sent.set(response.isCommitted());
        });
        return sent.get();
    }
}
