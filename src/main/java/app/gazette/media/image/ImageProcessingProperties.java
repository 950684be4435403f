package app.gazette.media.image;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Image processing ({@code gazette.media.image.*}): worker threads and queued uploads (beyond them
 * an upload is refused as busy), how long one upload may take, whether WebP derivatives are made
 * (when the encoder loads), and the work folder (default: the system temp folder's
 * {@code gazette-media}).
 */
@ConfigurationProperties("gazette.media.image")
public record ImageProcessingProperties(
        @DefaultValue("2") int threads,
        @DefaultValue("8") int queue,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("true") boolean webp,
        Path workDir) {

    public ImageProcessingProperties {
        if (threads < 1 || queue < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("gazette.media.image: threads and queue >= 1, timeout > 0");
        }
        if (workDir == null) {
            workDir = Path.of(System.getProperty("java.io.tmpdir"), "gazette-media");
        }
    }
}
