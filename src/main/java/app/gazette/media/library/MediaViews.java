package app.gazette.media.library;

import app.gazette.media.MediaSize;
import app.gazette.media.MediaView;
import app.gazette.media.library.MediaFile.Kind;
import app.gazette.media.store.MediaUrls;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Turns library rows into views: URLs for the files, the uploader's display name. */
@Component
class MediaViews {

    private final MediaUrls urls;

    MediaViews(MediaUrls urls) {
        this.urls = urls;
    }

    /** Views of {@link MediaRepository#withFilesAndUploaders} rows (a picture repeats once per file). */
    List<MediaView> of(List<Object[]> rows) {
        Map<Long, MediaView> views = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Media media = (Media) row[0];
            views.computeIfAbsent(media.getId(), id -> view(media, (String) row[1]));
        }
        return List.copyOf(views.values());
    }

    private MediaView view(Media row, String uploader) {
        MediaSize master = row.getFiles().stream()
                .filter(file -> file.getKind() == Kind.MASTER)
                .findFirst()
                .map(this::size)
                .orElseThrow(() -> new IllegalStateException("media " + row.getId() + " has no master"));
        List<MediaSize> sizes =
                Stream.concat(files(row, Kind.SIZE).stream(), Stream.of(master)).toList();
        MediaTexts texts = row.texts();
        return new MediaView(
                row.getId(),
                row.getFileName(),
                texts.alt(),
                texts.caption(),
                texts.credit(),
                row.getWidth(),
                row.getHeight(),
                row.getBytes(),
                row.getContentType(),
                row.isAnimated(),
                uploader == null ? "" : uploader,
                row.getUploadedAt(),
                master,
                sizes,
                files(row, Kind.WEBP));
    }

    private List<MediaSize> files(Media row, Kind kind) {
        return row.getFiles().stream()
                .filter(file -> file.getKind() == kind)
                .sorted(Comparator.comparingInt(MediaFile::getWidth))
                .map(this::size)
                .toList();
    }

    private MediaSize size(MediaFile file) {
        return new MediaSize(
                file.getWidth(), file.getHeight(), urls.of(file.getKey()), file.getContentType(), file.getBytes());
    }
}
