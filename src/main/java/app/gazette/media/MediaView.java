package app.gazette.media;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One picture of the library as pages show it. {@code master} is the largest file (at most 2560 px
 * on the long edge); {@code sizes} are the derivatives in the master's format, narrowest first, the
 * master last; {@code webp} the same widths as WebP (empty when WebP is off or the picture is
 * animated). {@code alt}, {@code caption} and {@code credit} are the library's defaults, which an
 * article may override.
 */
public record MediaView(
        long id,
        String fileName,
        String alt,
        String caption,
        String credit,
        int width,
        int height,
        long bytes,
        String contentType,
        boolean animated,
        String uploaderName,
        Instant uploadedAt,
        MediaSize master,
        List<MediaSize> sizes,
        List<MediaSize> webp) {

    public MediaView {
        sizes = List.copyOf(sizes);
        webp = List.copyOf(webp);
    }

    /** The {@code srcset} value of {@code sizes}, e.g. {@code /media/a-320.jpg 320w, ...}. */
    public String srcset() {
        return srcset(sizes);
    }

    public String webpSrcset() {
        return srcset(webp);
    }

    /** The narrowest file at least {@code width} px wide, else the master. */
    public MediaSize atLeast(int width) {
        return sizes.stream()
                .filter(size -> size.width() >= width)
                .min(Comparator.comparingInt(MediaSize::width))
                .orElse(master);
    }

    private static String srcset(List<MediaSize> files) {
        return files.stream().map(size -> size.url() + " " + size.width() + "w").collect(Collectors.joining(", "));
    }
}
