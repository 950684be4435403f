package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Import memory is unbounded": huge comments, attributes and texts are refused (or skipped) while
 * the file is read, never held in memory whole.
 */
class ImportMemoryBoundsTest {

    static final String WXR_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
            """;
    static final String ITEM = """
            <item><title>Harbour</title><guid>https://old.example/?p=1</guid>
            <wp:post_id>1</wp:post_id><wp:post_date_gmt>2019-01-05 09:00:00</wp:post_date_gmt>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
            <content:encoded><![CDATA[%s]]></content:encoded></item>
            """;

    private final WordPressParser wordpress = new WordPressParser(Recorded.JUNE_2024);

    @TempDir
    Path dir;

    @Test
    void aWxrWithA150MbXmlCommentFailsCleanlyWithoutBufferingIt() throws IOException {
        Path file = dir.resolve("comment.xml");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(WXR_HEAD + "<!--");
            char[] megabyte = new char[1024 * 1024];
            Arrays.fill(megabyte, 'x');
            for (int i = 0; i < 150; i++) {
                out.write(megabyte);
            }
            out.write("-->\n" + ITEM.formatted("<p>Reopened.</p>") + "</channel></rss>\n");
        }
        Recorded read = new Recorded();
        long before = allocated();

        Throwable thrown;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            thrown = catchThrowable(() -> wordpress.parse(in, read));
        }

        assertThat(allocated() - before).as("bytes allocated reading it").isLessThan(64L * 1024 * 1024);
        if (thrown != null) {
            assertThat(thrown)
                    .isInstanceOfSatisfying(
                            ImportRefused.class,
                            refused -> assertThat(refused.code()).isEqualTo("import.error.limit"));
        } else {
            assertThat(read.posts).hasSize(1);
        }
    }

    @Test
    void anXmlAttributeOverTheLimitIsRefused() {
        String xml = WXR_HEAD + "<item><category domain=\"" + "c".repeat(100_000) + "\">x</category></item>"
                + "</channel></rss>";

        assertThat(catchThrowable(() -> wordpress.parse(stream(xml), new Recorded())))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("import.error.limit"));
    }

    @Test
    void aPostBodyOverTheBoundIsRefusedNamingItsElementAndLine() {
        String xml = WXR_HEAD + ITEM.formatted("b".repeat(ExportXml.BODY + 1)) + "</channel></rss>";

        assertThat(catchThrowable(() -> wordpress.count(stream(xml))))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("import.error.tooLong");
                    assertThat(refused.args()).containsExactly("encoded", 8, ExportXml.BODY);
                });
    }

    @Test
    void aTitleOverTheBoundIsRefused() {
        String xml = WXR_HEAD + ITEM.replace("Harbour", "t".repeat(ExportXml.NAME + 1)) + "</channel></rss>";

        assertThat(catchThrowable(() -> wordpress.count(stream(xml))))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.args()).containsExactly("title", 5, ExportXml.NAME));
    }

    @Test
    void postsOf9Point9MillionCharactersAreRefusedBeforeTheyFillTheHeap() throws IOException {
        Path file = dir.resolve("posts.xml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(WXR_HEAD);
            for (int i = 0; i < 18; i++) {
                out.write(ITEM.formatted("p".repeat(9_900_000)));
            }
            out.write("</channel></rss>\n");
        }
        long before = allocated();

        Throwable thrown;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            thrown = catchThrowable(() -> wordpress.count(in));
        }

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("import.error.tooLong"));
        assertThat(allocated() - before).as("bytes allocated reading it").isLessThan(64L * 1024 * 1024);
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
