package app.gazette.media.library;

import app.gazette.media.MediaSize;
import app.gazette.media.image.IconMaker;
import app.gazette.media.store.MediaKeys;
import app.gazette.media.store.MediaStore;
import app.gazette.media.store.MediaUrls;
import app.gazette.media.store.StoredMedia;
import app.gazette.site.SiteLogo.Icon;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The logo's favicons: square PNGs made from one of its stored files and stored under keys named
 * after that file (whose key holds the picture's content hash), so every node finds the same icons,
 * on disk or in S3, and makes them only when they are missing (as after a restore).
 */
@Component
class SiteIcons {

    /** A browser tab's icon, Apple's touch icon, and Android's home screen icon. */
    static final List<Spec> SPECS =
            List.of(new Spec(32, "icon"), new Spec(180, "apple-touch-icon"), new Spec(192, "icon"));

    private static final int LARGEST = 192;

    private final MediaStore store;
    private final MediaUrls urls;
    private final Set<String> present = ConcurrentHashMap.newKeySet();

    SiteIcons(MediaStore store, MediaUrls urls) {
        this.store = store;
        this.urls = urls;
    }

    /** The icons of a picture whose files are {@code sizes} (narrowest first), made and stored if missing. */
    List<Icon> of(List<MediaSize> sizes) {
        MediaSize source = sizes.stream()
                .filter(size -> Math.max(size.width(), size.height()) >= LARGEST)
                .findFirst()
                .orElse(sizes.get(sizes.size() - 1));
        String sourceKey = urls.keyOf(source.url())
                .orElseThrow(() -> new IllegalStateException("not a media URL: " + source.url()));
        List<Icon> icons = new ArrayList<>();
        BufferedImage image = null;
        for (Spec spec : SPECS) {
            String key = key(sourceKey, spec.size());
            if (!present.contains(key) && !store.exists(key)) {
                image = image == null ? read(sourceKey) : image;
                byte[] png = png(image, spec);
                store.put(key, new ByteArrayInputStream(png), png.length, "image/png");
            }
            present.add(key);
            icons.add(new Icon(spec.size(), urls.of(key), spec.rel()));
        }
        return icons;
    }

    /** {@code icons/<the source's key, slashes as dashes, no extension>-<size>.png}. */
    static String key(String sourceKey, int size) {
        String name = sourceKey.replace('/', '-').replaceAll("\\.[a-z0-9]+$", "");
        return MediaKeys.requireValid("icons/" + name + "-icon-" + size + ".png");
    }

    private BufferedImage read(String key) {
        StoredMedia stored = store.open(key).orElseThrow(() -> new IllegalStateException("missing: " + key));
        try (InputStream in = stored.stream()) {
            return IconMaker.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png(BufferedImage image, Spec spec) {
        try {
            return IconMaker.png(image, spec.size(), "apple-touch-icon".equals(spec.rel()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Spec(int size, String rel) {}
}
