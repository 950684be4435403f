package app.gazette.media.library;

import app.gazette.media.store.MediaKeys;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Store keys for a picture's files: {@code yyyy/mm/<hash12>-<name>-<width>.<ext>}, the month of the
 * upload (UTC), the first 12 hex digits of the content hash and the uploaded file's name made safe.
 */
final class MediaKeyNames {

    private static final int NAME_MAX = 60;

    private MediaKeyNames() {}

    /** The part every file of the picture shares: {@code yyyy/mm/<hash12>-<name>}, plus {@code -n} when n > 1. */
    static String stem(Instant uploadedAt, String contentHash, String originalName, int n) {
        ZonedDateTime at = uploadedAt.atZone(ZoneOffset.UTC);
        String hash = contentHash.toLowerCase(Locale.ROOT).substring(0, Math.min(12, contentHash.length()));
        return "%04d/%02d/%s-%s%s"
                .formatted(at.getYear(), at.getMonthValue(), hash, slug(originalName), n > 1 ? "-" + n : "");
    }

    static String key(String stem, int width, String extension) {
        return MediaKeys.requireValid(stem + "-" + width + "." + extension);
    }

    /** The file name without its extension, in lower-case ASCII letters, digits and single dashes. */
    static String slug(String originalName) {
        String name = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > NAME_MAX) {
            slug = slug.substring(0, NAME_MAX).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "image" : slug;
    }
}
