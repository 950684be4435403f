package app.gazette.media.library;

import app.gazette.media.MediaSize;
import app.gazette.media.MediaView;
import app.gazette.media.library.MediaFile.Kind;
import app.gazette.media.store.MediaUrls;
import app.gazette.user.UserDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Turns library rows into views: URLs for the files, the uploader's display name. */
@Component
class MediaViews {

    private final MediaUrls urls;
    private final UserDirectory users;

    MediaViews(MediaUrls urls, UserDirectory users) {
        this.urls = urls;
        this.users = users;
    }

    List<MediaView> of(List<Media> rows) {
        Map<Long, String> names = users.displayNames(rows.stream()
                .map(Media::getUploaderId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream()
                .map(row -> view(row, names.get(row.getUploaderId())))
                .toList();
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
