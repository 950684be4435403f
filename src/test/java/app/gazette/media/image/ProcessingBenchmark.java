package app.gazette.media.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Time, heap and peak RSS of processing large JPEGs (bench/media-processing.md). Not a test:
 * {@code generate DIR} (with a large heap) draws the photos, {@code run FILE...} processes each
 * three times and then all at once on the production executor (run it with -Xmx256m;
 * -DnoWebp=true leaves WebP out).
 */
public final class ProcessingBenchmark {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            Path dir = Files.createDirectories(Path.of(args[1]));
            write(photo(4000, 3000), dir.resolve("photo-12mp.jpg"), false);
            write(photo(8160, 6120), dir.resolve("photo-50mp.jpg"), false);
            write(photo(8160, 6120), dir.resolve("photo-50mp-progressive.jpg"), true);
            return;
        }
        Path work = Files.createTempDirectory("bench-media");
        ImageProcessor processor = new ImageProcessor(
                new ImageProcessingProperties(2, 8, Duration.ofMinutes(5), !Boolean.getBoolean("noWebp"), work));
        HeapWatch watch = new HeapWatch();
        System.out.printf(
                "java %s, max heap %d MB, webp %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, processor.writesWebp());
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        for (Path file : files) {
            for (int run = 1; run <= 3; run++) {
                watch.reset();
                long start = System.nanoTime();
                try (ProcessedImage image =
                        processor.process(file, file.getFileName().toString())) {
                    System.out.printf(
                            "%s (%d KB) run %d: %d ms, master %dx%d %d KB, %d+%d derivatives; %s%n",
                            file.getFileName(),
                            Files.size(file) >> 10,
                            run,
                            (System.nanoTime() - start) / 1_000_000,
                            image.width(),
                            image.height(),
                            image.master().size() >> 10,
                            image.derivatives().size(),
                            image.webp().size(),
                            watch.report());
                    if (run == 1) {
                        System.out.println(
                                "  KB by width: " + sizes(image.derivatives()) + ", WebP " + sizes(image.webp()));
                    }
                }
            }
        }
        watch.reset();
        long start = System.nanoTime();
        List<CompletableFuture<ProcessedImage>> all = new ArrayList<>();
        for (Path file : files) {
            all.add(processor.submit(file, file.getFileName().toString()));
        }
        for (CompletableFuture<ProcessedImage> future : all) {
            future.join().close();
        }
        System.out.printf(
                "all %d at once (2 workers): %d ms; %s%n",
                files.size(), (System.nanoTime() - start) / 1_000_000, watch.report());
        processor.destroy();
    }

    private static List<String> sizes(List<Rendition> renditions) {
        return renditions.stream().map(r -> r.width() + ":" + (r.size() >> 10)).toList();
    }

    /** Smooth colour fields with fine noise: compresses like a photo (a few MB at 12 MP). */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(42);
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(25) - 12;
                pixels[i++] = (byte) clamp(128 + 100 * Math.sin(x / 300.0) + noise);
                pixels[i++] = (byte) clamp(128 + 100 * Math.cos(y / 250.0) + noise);
                pixels[i++] = (byte) clamp((x + y) * 255.0 / (width + height) + noise);
            }
        }
        return image;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, value));
    }

    private static void write(BufferedImage image, Path file, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        System.out.printf("%s: %dx%d, %d KB%n", file, image.getWidth(), image.getHeight(), Files.size(file) >> 10);
    }

    /** Heap used, sampled every 2 ms, and the process's peak RSS (VmHWM, reset through clear_refs). */
    private static final class HeapWatch {

        private final AtomicLong maxHeap = new AtomicLong();
        private long cpuAtReset;

        /** CPU time of the whole process (all threads, GC included): steadier than wall time on a busy machine. */
        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        HeapWatch() {
            Thread sampler = new Thread(() -> {
                while (true) {
                    long used = ManagementFactory.getMemoryMXBean()
                            .getHeapMemoryUsage()
                            .getUsed();
                    maxHeap.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        void reset() throws IOException {
            System.gc();
            maxHeap.set(0);
            cpuAtReset = cpuNanos();
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        }

        String report() throws IOException {
            String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM"))
                    .findFirst()
                    .orElse("VmHWM: ?")
                    .replaceAll("\\s+", " ");
            return "CPU " + (cpuNanos() - cpuAtReset) / 1_000_000 + " ms, max heap used " + (maxHeap.get() >> 20)
                    + " MB, peak RSS " + hwm.substring(7);
        }
    }
}
