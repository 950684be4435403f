package app.gazette.media.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One stored file of a picture: its key in the media store, what it is, its size. */
@Embeddable
public class MediaFile {

    /** The master, a derivative in the master's format, or a WebP derivative. */
    public enum Kind {
        MASTER,
        SIZE,
        WEBP
    }

    @Column(name = "storage_key", nullable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long bytes;

    protected MediaFile() {}

    MediaFile(String key, Kind kind, int width, int height, String contentType, long bytes) {
        this.key = key;
        this.kind = kind;
        this.width = width;
        this.height = height;
        this.contentType = contentType;
        this.bytes = bytes;
    }

    public String getKey() {
        return key;
    }

    public Kind getKind() {
        return kind;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getContentType() {
        return contentType;
    }

    public long getBytes() {
        return bytes;
    }
}
