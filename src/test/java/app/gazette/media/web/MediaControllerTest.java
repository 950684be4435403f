package app.gazette.media.web;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.media.store.MediaStore;
import app.gazette.media.store.MediaStoreException;
import app.gazette.media.store.StoredMedia;
import app.gazette.support.WebSliceTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The media controller with the real security configuration, media also served from a CDN host
 * ({@link WebSliceTest#MEDIA_HOST}) and a mocked store. The whole app serving from disk: MediaServingTest.
 */
@WebSliceTest
class MediaControllerTest {

    static final String KEY = "2026/12/3fa9c0de12ab-harbour-640.jpg";

    @Autowired
    MockMvc mvc;

    @Autowired
    MediaStore store;

    @Test
    void withAPublicMediaHostTheCspAllowsImagesFromExactlyThatHostAsWell() throws Exception {
        given(store.open(KEY)).willReturn(Optional.of(media(KEY, "image/jpeg", "jpeg")));

        mvc.perform(get("/media/" + KEY))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                "default-src 'self'; img-src 'self' " + WebSliceTest.MEDIA_HOST + "; object-src 'none';"
                                        + " base-uri 'none'; frame-ancestors 'none'; form-action 'self'"));
    }

    @Test
    void anythingButAPictureIsOnlyADownloadAndSvgIsNoPicture() throws Exception {
        given(store.open("a.svg")).willReturn(Optional.of(media("a.svg", "image/svg+xml", "<svg onload=x>")));
        given(store.open("a.html")).willReturn(Optional.of(media("a.html", "text/html", "<script>")));

        for (String key : new String[] {"a.svg", "a.html"}) {
            mvc.perform(get("/media/" + key))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/octet-stream"))
                    .andExpect(header().string("Content-Disposition", "attachment"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    @Test
    void aKeyThatCannotBeOneIs404WithoutAskingTheStore() throws Exception {
        mvc.perform(get("/media/Photo.JPG")).andExpect(status().isNotFound());
        mvc.perform(get("/media/2026/.meta/a.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/media/")).andExpect(status().isNotFound());

        verifyNoInteractions(store);
    }

    @Test
    void aStoreThatFailsGives503ThatNoCacheKeeps() throws Exception {
        given(store.open(anyString())).willThrow(new MediaStoreException("down", null));

        mvc.perform(get("/media/" + KEY))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Cache-Control", "no-store"));
    }

    @Test
    void aStoreThatFailsWhenTheBytesAreReadGives503ThatNoCacheKeeps() throws Exception {
        StoredMedia broken = new TestMedia(KEY, "image/jpeg", new byte[10]) {
            @Override
            public InputStream stream(long start, long length) throws IOException {
                throw new IOException("connection reset");
            }
        };
        given(store.open(KEY)).willReturn(Optional.of(broken));

        mvc.perform(get("/media/" + KEY))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(""));
    }

    static StoredMedia media(String key, String type, String body) {
        return new TestMedia(key, type, body.getBytes(StandardCharsets.UTF_8));
    }

    static class TestMedia implements StoredMedia {

        private final String key;
        private final String type;
        private final byte[] bytes;

        TestMedia(String key, String type, byte[] bytes) {
            this.key = key;
            this.type = type;
            this.bytes = bytes;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public long length() {
            return bytes.length;
        }

        @Override
        public String contentType() {
            return type;
        }

        @Override
        public String etag() {
            return "\"" + Integer.toHexString(Arrays.hashCode(bytes)) + "\"";
        }

        @Override
        public Instant lastModified() {
            return Instant.parse("2026-12-01T10:00:00Z");
        }

        @Override
        public InputStream stream(long start, long length) throws IOException {
            return new ByteArrayInputStream(bytes, (int) start, (int) length);
        }
    }
}
