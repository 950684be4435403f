package app.gazette.support;

import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaSize;
import app.gazette.media.MediaUsages;
import app.gazette.media.MediaView;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An in-memory media library for tests of features that show pictures. Its beans back off when the
 * real library exists ({@code @ConditionalOnMissingBean}), so importing it is harmless after merge.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeMedia {

    @Bean
    @ConditionalOnMissingBean(MediaLibrary.class)
    Library fakeMediaLibrary() {
        return new Library();
    }

    @Bean
    @ConditionalOnMissingBean(MediaUsages.class)
    Usages fakeMediaUsages() {
        return new Usages();
    }

    /** A picture {@code width} x {@code height} whose files are /media/{name}-{w}.jpg at the usual widths. */
    public static MediaView picture(long id, String name, int width, int height, String alt) {
        List<MediaSize> sizes = new ArrayList<>();
        for (int w : new int[] {320, 640, 960, 1280, 1920}) {
            if (w < width) {
                sizes.add(new MediaSize(
                        w, height * w / width, "/media/" + name + "-" + w + ".jpg", "image/jpeg", w * 100L));
            }
        }
        MediaSize master = new MediaSize(width, height, "/media/" + name + ".jpg", "image/jpeg", width * 100L);
        sizes.add(master);
        return new MediaView(
                id,
                name + ".jpg",
                alt,
                "",
                "",
                width,
                height,
                1000,
                "image/jpeg",
                false,
                "Ada",
                Instant.parse("2026-01-01T00:00:00Z"),
                master,
                sizes,
                List.of());
    }

    /** Pictures kept in a map; {@link #put} adds one as if uploaded. */
    public static class Library implements MediaLibrary {

        private final Map<Long, MediaView> pictures = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong(1000);
        private final AtomicInteger lookups = new AtomicInteger();

        public MediaView put(MediaView picture) {
            pictures.put(picture.id(), picture);
            return picture;
        }

        @Override
        public MediaView add(Path upload, String originalName, String alt, long uploaderId) {
            long id = ids.incrementAndGet();
            return put(picture(id, "upload-" + id, 2400, 1600, alt));
        }

        @Override
        public Optional<MediaView> find(long id) {
            lookups.incrementAndGet();
            return Optional.ofNullable(pictures.get(id));
        }

        @Override
        public List<MediaView> latest(String query, int limit) {
            return pictures.values().stream()
                    .sorted((a, b) -> Long.compare(b.id(), a.id()))
                    .limit(limit)
                    .toList();
        }

        @Override
        public Map<Long, MediaView> findAll(Collection<Long> wanted) {
            lookups.incrementAndGet();
            Map<Long, MediaView> found = new HashMap<>();
            wanted.stream().filter(pictures::containsKey).forEach(id -> found.put(id, pictures.get(id)));
            return found;
        }

        /** Calls of find and findAll so far: a page should look its pictures up once. */
        public int lookups() {
            return lookups.get();
        }

        @Override
        public Map<String, MediaView> findByUrls(Collection<String> urls) {
            Map<String, MediaView> found = new LinkedHashMap<>();
            for (MediaView picture : pictures.values()) {
                picture.sizes().stream()
                        .filter(size -> urls.contains(size.url()))
                        .forEach(size -> found.put(size.url(), picture));
            }
            return found;
        }
    }

    /** Uses recorded by article id. */
    public static class Usages implements MediaUsages {

        private final Map<Long, Set<Long>> uses = new ConcurrentHashMap<>();

        @Override
        public void replace(long articleId, String title, Set<Long> mediaIds) {
            if (mediaIds.isEmpty()) {
                uses.remove(articleId);
            } else {
                uses.put(articleId, Set.copyOf(mediaIds));
            }
        }

        public Set<Long> of(long articleId) {
            return uses.getOrDefault(articleId, Set.of());
        }
    }
}
