package app.gazette.media.library;

import app.gazette.media.MediaDeleted;
import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.media.RemotePictures;
import app.gazette.media.image.ImageRefused;
import app.gazette.media.image.ImageRefused.Reason;
import app.gazette.media.store.MediaStore;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.shared.ForbiddenException;
import app.gazette.shared.NotFoundException;
import app.gazette.site.SettingsService;
import app.gazette.user.UserDirectory;
import app.gazette.user.UserView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The newsroom's Media page: pictures with where they are used, their texts edited (public pages
 * may show them, so the page cache hears of it), and deleting a picture no article uses.
 */
@Service
public class MediaAdmin {

    private static final Logger log = LoggerFactory.getLogger(MediaAdmin.class);

    private final MediaLibrary library;
    private final MediaRepository media;
    private final MediaUsageRows usages;
    private final MediaStore store;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final RemotePictures remote;
    private final SettingsService settings;

    MediaAdmin(
            MediaLibrary library,
            MediaRepository media,
            MediaUsageRows usages,
            MediaStore store,
            UserDirectory users,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            RemotePictures remote,
            SettingsService settings) {
        this.remote = remote;
        this.library = library;
        this.media = media;
        this.usages = usages;
        this.store = store;
        this.users = users;
        this.events = events;
        this.transaction = transaction;
        this.settings = settings;
    }

    /** The newest pictures matching the query (file name, alt text, caption), with their uses. */
    @Transactional(readOnly = true)
    public List<MediaItem> items(String query, int limit) {
        List<MediaView> views = library.latest(query, limit);
        Map<Long, List<ArticleUse>> uses =
                usages.usesOf(views.stream().map(MediaView::id).toList());
        return views.stream()
                .map(view -> new MediaItem(view, uses.getOrDefault(view.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public MediaItem item(long id) {
        MediaView view = library.find(id).orElseThrow(NotFoundException::new);
        return new MediaItem(view, usages.usesOf(List.of(id)).getOrDefault(id, List.of()));
    }

    /**
     * Adds an uploaded file by the signed-in member: copied to a temporary file of our own, added
     * to the library, the copy deleted. No file is refused as EMPTY; other refusals as the library's.
     */
    public MediaView upload(MultipartFile file, String alt, String username) throws IOException {
        String name = file == null ? "" : file.getOriginalFilename();
        if (file == null || file.isEmpty()) {
            throw new ImageRefused(Reason.EMPTY, name);
        }
        long uploader = users.find(username).map(UserView::id).orElseThrow(NotFoundException::new);
        Path copy = Files.createTempFile("gazette-upload-", ".bin");
        try {
            file.transferTo(copy);
            return library.add(copy, name, alt == null ? "" : alt, uploader);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The editor's "Copy into the library": the Markdown's pictures on other sites fetched as the signed-in member's. */
    public RemotePictures.Result bringIn(String markdown, String username) {
        long uploader = users.find(username).map(UserView::id).orElseThrow(NotFoundException::new);
        return remote.bringIn(markdown, uploader);
    }

    /** Changes a picture's texts: editors any picture's, other members only those they uploaded (else 403). */
    @Transactional
    public void describe(long id, MediaTexts texts, String username) {
        Media row = media.findById(id).orElseThrow(NotFoundException::new);
        UserView me = users.find(username).orElseThrow(ForbiddenException::new);
        if (!me.role().editsEveryone() && !Long.valueOf(me.id()).equals(row.getUploaderId())) {
            throw new ForbiddenException();
        }
        if (row.describe(texts)) {
            events.publishEvent(new PublicContentChanged("media"));
        }
    }

    /**
     * Deletes an unused picture and then its files; {@link MediaInUse} while an article uses it or
     * it is the site logo (the row lock keeps it from becoming the logo meanwhile).
     */
    public void delete(long id) {
        List<String> keys = transaction.execute(status -> {
            Media row = media.lockById(id).orElseThrow(NotFoundException::new);
            List<ArticleUse> uses = usages.usesOf(List.of(id)).getOrDefault(id, List.of());
            boolean logo = settings.isLogo(id);
            if (!uses.isEmpty() || logo) {
                throw new MediaInUse(uses, logo);
            }
            List<String> files = row.getFiles().stream().map(MediaFile::getKey).toList();
            media.delete(row);
            events.publishEvent(new MediaDeleted(id, row.getFileName()));
            return files;
        });
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (RuntimeException e) {
                log.warn("Media file {} was not deleted from the store", key, e);
            }
        }
    }
}
