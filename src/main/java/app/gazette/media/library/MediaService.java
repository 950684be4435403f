package app.gazette.media.library;

import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaUsages;
import app.gazette.media.MediaView;
import app.gazette.media.image.ImageProcessor;
import app.gazette.media.image.ProcessedImage;
import app.gazette.media.image.Rendition;
import app.gazette.media.library.MediaFile.Kind;
import app.gazette.media.store.MediaStore;
import app.gazette.media.store.MediaUrls;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The media library: uploads processed off the request threads, their files stored, then one row
 * with its files in a short transaction; a failure anywhere deletes the files already stored.
 */
@Service
@Transactional(readOnly = true)
class MediaService implements MediaLibrary, MediaUsages {

    static final int NAME_MAX = 255;

    private final ImageProcessor processor;
    private final MediaStore store;
    private final MediaRepository media;
    private final MediaUsageRows usages;
    private final MediaViews views;
    private final MediaUrls urls;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MediaService(
            ImageProcessor processor,
            MediaStore store,
            MediaRepository media,
            MediaUsageRows usages,
            MediaViews views,
            MediaUrls urls,
            TransactionTemplate transaction,
            Clock clock) {
        this.processor = processor;
        this.store = store;
        this.media = media;
        this.usages = usages;
        this.views = views;
        this.urls = urls;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MediaView add(Path upload, String originalName, String alt, long uploaderId) {
        String name = fileName(originalName);
        try (ProcessedImage image = processor.process(upload, name)) {
            Instant now = clock.instant();
            List<MediaFile> files = files(image, freeStem(now, image.contentHash(), name));
            List<String> stored = new ArrayList<>();
            try {
                for (int i = 0; i < files.size(); i++) {
                    store.put(
                            files.get(i).getKey(),
                            renditions(image).get(i).file(),
                            files.get(i).getContentType());
                    stored.add(files.get(i).getKey());
                }
                Long id = transaction.execute(status -> {
                    Media row = new Media(name, new MediaTexts(alt, "", ""), uploaderId, now, image.contentHash());
                    Rendition master = image.master();
                    row.picture(
                            image.width(),
                            image.height(),
                            master.size(),
                            master.contentType(),
                            image.animated(),
                            files);
                    return media.saveAndFlush(row).getId();
                });
                return find(id).orElseThrow();
            } catch (RuntimeException | Error e) {
                stored.stream().filter(key -> !media.ownsKey(key)).forEach(store::delete);
                throw e;
            }
        }
    }

    @Override
    public Optional<MediaView> find(long id) {
        return views.of(media.withFilesAndUploaders(List.of(id))).stream().findFirst();
    }

    @Override
    public List<MediaView> latest(String query, int limit) {
        List<Long> ids = media.search(pattern(query), PageRequest.of(0, Math.max(1, limit))).stream()
                .map(Media::getId)
                .toList();
        Map<Long, MediaView> found = findAll(ids);
        return ids.stream().map(found::get).toList();
    }

    @Override
    public Map<Long, MediaView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return views.of(media.withFilesAndUploaders(Set.copyOf(ids))).stream()
                .collect(Collectors.toMap(MediaView::id, Function.identity()));
    }

    @Override
    public Map<String, MediaView> findByUrls(Collection<String> urlList) {
        Map<String, String> keys = new LinkedHashMap<>();
        urlList.forEach(url -> this.urls.keyOf(url).ifPresent(key -> keys.put(url, key)));
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<Long, MediaView> owners = findAll(media.idsOwning(Set.copyOf(keys.values())));
        Map<String, MediaView> byUrl = new LinkedHashMap<>();
        keys.forEach((url, key) -> owners.values().stream()
                .filter(view -> owns(view, url, key))
                .findFirst()
                .ifPresent(view -> byUrl.put(url, view)));
        return byUrl;
    }

    @Override
    @Transactional
    public void replace(long articleId, String title, Set<Long> mediaIds) {
        usages.replace(articleId, title, mediaIds);
    }

    /** A LIKE pattern matching text containing {@code query}, with ! escaping LIKE's wildcards. */
    static String pattern(String query) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private boolean owns(MediaView view, String url, String key) {
        String mine = this.urls.of(key);
        return view.master().url().equals(mine)
                || view.sizes().stream().anyMatch(size -> size.url().equals(mine))
                || view.webp().stream().anyMatch(size -> size.url().equals(mine));
    }

    /** The stem of the new files, with a number when the same picture under the same name is already kept. */
    private String freeStem(Instant now, String hash, String name) {
        for (int n = 1; ; n++) {
            String stem = MediaKeyNames.stem(now, hash, name, n);
            if (!media.hasKeyLike(stem + "-%")) {
                return stem;
            }
        }
    }

    private static List<Rendition> renditions(ProcessedImage image) {
        List<Rendition> all = new ArrayList<>();
        all.add(image.master());
        all.addAll(image.derivatives());
        all.addAll(image.webp());
        return all;
    }

    private static List<MediaFile> files(ProcessedImage image, String stem) {
        List<MediaFile> files = new ArrayList<>();
        for (Rendition rendition : renditions(image)) {
            Kind kind = rendition == image.master()
                    ? Kind.MASTER
                    : image.webp().contains(rendition) ? Kind.WEBP : Kind.SIZE;
            String key = MediaKeyNames.key(
                    stem, rendition.width(), rendition.format().extension());
            files.add(new MediaFile(
                    key, kind, rendition.width(), rendition.height(), rendition.contentType(), rendition.size()));
        }
        return files;
    }

    private static String fileName(String originalName) {
        String name = originalName == null
                ? ""
                : originalName.replaceAll(".*[/\\\\]", "").strip();
        name = name.isEmpty() ? "image" : name;
        return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
    }
}
