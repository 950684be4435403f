package app.gazette.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/** The bounded executor: a full queue and a slow upload are refused as busy, never left waiting. */
class ImageProcessorQueueTest {

    @TempDir
    Path temp;

    final CountDownLatch release = new CountDownLatch(1);
    ImageProcessor processor;

    @AfterEach
    void stop() {
        release.countDown();
        processor.destroy();
    }

    @Test
    void anUploadBeyondTheWorkersAndTheQueueIsRefusedAsBusyAtOnce() {
        processor = new ImageProcessor(properties(Duration.ofSeconds(30)), new BlockedPipeline());
        CompletableFuture<ProcessedImage> working = processor.submit(temp, "one.jpg");
        CompletableFuture<ProcessedImage> queued = processor.submit(temp, "two.jpg");

        CompletableFuture<ProcessedImage> refused = processor.submit(temp, "three.jpg");

        assertThat(refused).isCompletedExceptionally();
        assertBusy(refused, "three.jpg");
        assertThat(working).isNotDone();
        assertThat(queued).isNotDone();
    }

    @Test
    void anUploadPastTheTimeoutIsRefusedAsBusyAndItsLateFilesAreDeleted() throws Exception {
        processor = new ImageProcessor(properties(Duration.ofMillis(200)), new BlockedPipeline());

        CompletableFuture<ProcessedImage> slow = processor.submit(temp, "slow.jpg");

        assertBusy(slow, "slow.jpg");
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(temp.resolve("late")) || !Files.exists(temp.resolve("made"))) {
            assertThat(System.nanoTime()).as("late files deleted in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void assertBusy(CompletableFuture<ProcessedImage> future, String name) {
        assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(ImageRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("media.refused.busy");
                    assertThat(refused.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(refused.messageArguments()).containsExactly(name);
                });
    }

    private ImageProcessingProperties properties(Duration timeout) {
        return new ImageProcessingProperties(1, 1, timeout, false, temp.resolve("work"));
    }

    /** Waits to be released, then returns a result whose folder exists until closed. */
    private class BlockedPipeline extends ImagePipeline {

        BlockedPipeline() {
            super(null, null);
        }

        @Override
        ProcessedImage process(Path upload, String name, Path workRoot) throws IOException {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            Path folder = Files.createDirectories(temp.resolve("late"));
            Path file = Files.write(folder.resolve("master.jpg"), new byte[] {1});
            Rendition master = new Rendition(1, 1, ImageFormat.JPEG, file, 1);
            Files.write(temp.resolve("made"), new byte[0]);
            return new ProcessedImage(ImageFormat.JPEG, 1, 1, "00", master, List.of(), List.of(), false, false, folder);
        }
    }
}
