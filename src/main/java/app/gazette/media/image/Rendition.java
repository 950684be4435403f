package app.gazette.media.image;

import java.nio.file.Path;

/** One file made from an upload: the master or a derivative, in the processor's work folder. */
public record Rendition(int width, int height, ImageFormat format, Path file, long size) {

    public String contentType() {
        return format.contentType();
    }
}
