package app.gazette.media.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A picture of the library: what was uploaded, its texts, and the files it was stored as. */
@Entity
@Table(name = "media")
public class Media {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String alt;

    @Column(nullable = false)
    private String caption;

    @Column(nullable = false)
    private String credit;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private long bytes;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private boolean animated;

    @Column(name = "uploader_id")
    private Long uploaderId;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @ElementCollection
    @CollectionTable(name = "media_files", joinColumns = @JoinColumn(name = "media_id"))
    private List<MediaFile> files = new ArrayList<>();

    protected Media() {}

    Media(String fileName, MediaTexts texts, Long uploaderId, Instant uploadedAt, String contentHash) {
        this.fileName = fileName;
        this.uploaderId = uploaderId;
        this.uploadedAt = uploadedAt;
        this.contentHash = contentHash;
        describe(texts);
    }

    void picture(int width, int height, long bytes, String contentType, boolean animated, List<MediaFile> files) {
        this.width = width;
        this.height = height;
        this.bytes = bytes;
        this.contentType = contentType;
        this.animated = animated;
        this.files = new ArrayList<>(files);
    }

    /** Sets alt, caption and credit; whether any of them changed. */
    boolean describe(MediaTexts texts) {
        boolean changed = !texts.equals(texts());
        alt = texts.alt();
        caption = texts.caption();
        credit = texts.credit();
        return changed;
    }

    public MediaTexts texts() {
        return new MediaTexts(alt, caption, credit);
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getBytes() {
        return bytes;
    }

    public String getContentType() {
        return contentType;
    }

    public boolean isAnimated() {
        return animated;
    }

    public Long getUploaderId() {
        return uploaderId;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public List<MediaFile> getFiles() {
        return files;
    }
}
