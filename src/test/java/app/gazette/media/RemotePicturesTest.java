package app.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.media.fetch.FetchLimits;
import app.gazette.media.fetch.RemoteImageFetcher;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemotePicturesTest {

    HttpServer server;
    String base;
    final AtomicInteger requests = new AtomicInteger();
    final List<String> added = new ArrayList<>();
    RemoteImageFetcher fetcher;
    RemotePictures pictures;

    @BeforeEach
    void start() throws IOException {
        byte[] png = png();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            boolean found = exchange.getRequestURI().getPath().endsWith("harbour.png");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? png.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (found) {
                    out.write(png);
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        fetcher = new RemoteImageFetcher(FetchLimits.defaults(true));
        pictures = new RemotePictures(fetcher, new RecordingLibrary());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
    }

    @Test
    void bringsEachRemotePictureInOnceAndRewritesEveryLinkToIt() {
        String body = "Before\n\n![The harbour](" + base + "/img/harbour.png \"At dawn\")\n\nand again " + "![again]("
                + base + "/img/harbour.png)";

        RemotePictures.Result result = pictures.bringIn(body, 7);

        assertThat(result.fetched()).isEqualTo(1);
        assertThat(result.failures()).isEmpty();
        assertThat(requests).hasValue(1);
        assertThat(added).containsExactly("harbour.png|The harbour|7");
        assertThat(result.markdown())
                .isEqualTo(
                        "Before\n\n![The harbour](/media/1-960.png \"At dawn\")\n\nand again ![again](/media/1-960.png)");
    }

    @Test
    void keepsTheOriginalLinkOfAPictureThatFailsAndCountsIt() {
        String body = "![gone](" + base + "/img/gone.png) ![inside](http://10.1.2.3/x.png) ![](/media/ours.png)";

        RemotePictures.Result result = pictures.bringIn(body, 7);

        assertThat(result.markdown()).isEqualTo(body);
        assertThat(result.fetched()).isZero();
        assertThat(result.failures())
                .extracting(RemotePictures.Failure::messageKey)
                .containsExactly("media.fetch.http-error", "media.fetch.internal-address");
        assertThat(added).isEmpty();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** Records what was added and answers with a picture whose files are named by its id. */
    private final class RecordingLibrary implements MediaLibrary {

        @Override
        public MediaView add(Path upload, String originalName, String alt, long uploaderId) {
            try {
                assertThat(ImageIO.read(upload.toFile())).isNotNull();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            added.add(originalName + "|" + alt + "|" + uploaderId);
            long id = added.size();
            MediaSize small = new MediaSize(320, 240, "/media/" + id + "-320.png", "image/png", 1000);
            MediaSize medium = new MediaSize(960, 720, "/media/" + id + "-960.png", "image/png", 1000);
            MediaSize master = new MediaSize(1280, 960, "/media/" + id + ".png", "image/png", 1000);
            return new MediaView(
                    id,
                    originalName,
                    alt,
                    "",
                    "",
                    1280,
                    960,
                    1,
                    "image/png",
                    false,
                    "",
                    Instant.EPOCH,
                    master,
                    List.of(small, medium, master),
                    List.of());
        }

        @Override
        public Optional<MediaView> find(long id) {
            return Optional.empty();
        }

        @Override
        public List<MediaView> latest(String query, int limit) {
            return List.of();
        }

        @Override
        public Map<Long, MediaView> findAll(Collection<Long> ids) {
            return Map.of();
        }

        @Override
        public Map<String, MediaView> findByUrls(Collection<String> urls) {
            return Map.of();
        }
    }
}
