package app.gazette.media.image;

import app.gazette.media.image.ImageRefused.Reason;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns uploads into pictures off the request threads, a few at a time. Contract: {@link #submit}
 * never blocks; it reads the upload (which the caller owns and must leave in place until the future
 * completes) on one of {@code threads} workers, with at most {@code queue} uploads waiting: beyond
 * that, or past {@code timeout}, the future fails at once with {@link ImageRefused} ({@code BUSY},
 * 503). It completes with a {@link ProcessedImage}, whose files the caller copies to the store and
 * then deletes by closing it, or fails with {@link ImageRefused} (the reason says which message and
 * status) and leaves no file behind; a result that arrives after its timeout is deleted unseen.
 * {@link #process} is the same, waiting for the outcome (for callers that are not requests).
 */
@Component
public class ImageProcessor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImageProcessor.class);

    private final ImagePipeline pipeline;
    private final ImageProcessingProperties properties;
    private final ThreadPoolExecutor workers;

    @Autowired
    public ImageProcessor(ImageProcessingProperties properties) {
        this(properties, defaultPipeline(properties));
    }

    ImageProcessor(ImageProcessingProperties properties, ImagePipeline pipeline) {
        this.properties = properties;
        this.pipeline = pipeline;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                properties.threads(),
                properties.threads(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queue()),
                task -> {
                    Thread thread = new Thread(task, "media-image-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** The processed upload, or a failure with {@link ImageRefused}; see the class comment. */
    public CompletableFuture<ProcessedImage> submit(Path upload, String originalName) {
        CompletableFuture<ProcessedImage> result = new CompletableFuture<>();
        try {
            workers.execute(() -> run(upload, originalName, result));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new ImageRefused(Reason.BUSY, originalName));
        }
        CompletableFuture.delayedExecutor(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> result.completeExceptionally(new ImageRefused(Reason.BUSY, originalName)));
        return result;
    }

    /** {@link #submit}, waiting (at most the timeout) for the outcome. */
    public ProcessedImage process(Path upload, String originalName) {
        try {
            return submit(upload, originalName).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ImageRefused refused) {
                throw refused;
            }
            throw e;
        }
    }

    /** Whether WebP derivatives are made (configured on, and libwebp runs on this machine). */
    public boolean writesWebp() {
        return pipeline.writesWebp();
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    private void run(Path upload, String name, CompletableFuture<ProcessedImage> result) {
        if (result.isDone()) {
            return;
        }
        try {
            ProcessedImage image = pipeline.process(upload, name, properties.workDir());
            if (!result.complete(image)) {
                image.close();
            }
        } catch (ImageRefused e) {
            result.completeExceptionally(e);
        } catch (Exception | Error e) {
            log.error("Image processing failed for an upload", e);
            result.completeExceptionally(new ImageRefused(Reason.BUSY, name, e));
        }
    }

    private static ImagePipeline defaultPipeline(ImageProcessingProperties properties) {
        ImageIO.scanForPlugins();
        return new ImagePipeline(new ImageDecoder(), new ImageEncoder(properties.webp()));
    }
}
