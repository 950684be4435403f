package app.gazette.media;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The newsroom's pictures: adding an upload (checked, processed and stored, or refused with
 * {@link app.gazette.media.image.ImageRefused}) and finding pictures for pages. Articles name a
 * picture by id (featured image) or by any of its URLs (images in the body).
 */
public interface MediaLibrary {

    /**
     * Processes and stores the upload (the caller keeps and deletes the file) as a new picture by
     * {@code uploaderId}; {@code alt} may be blank. Refusals throw ImageRefused with nothing stored.
     */
    MediaView add(Path upload, String originalName, String alt, long uploaderId);

    Optional<MediaView> find(long id);

    /** The newest pictures whose file name, alt text or caption contain {@code query} (all when blank). */
    java.util.List<MediaView> latest(String query, int limit);

    /** The pictures with these ids that exist, by id. */
    Map<Long, MediaView> findAll(Collection<Long> ids);

    /** The pictures that own these URLs (any of their files), by URL; unknown URLs are left out. */
    Map<String, MediaView> findByUrls(Collection<String> urls);
}
