package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class HostileExportTest {

    private final WordPressParser wordpress = new WordPressParser(Recorded.JUNE_2024);
    private final BloggerParser blogger = new BloggerParser(Recorded.JUNE_2024);

    /** A DOCTYPE is refused where it ends: the line and column after its "]>". */
    @Test
    void externalEntityIsNeverResolved() {
        Recorded read = new Recorded();
        assertRefused(() -> wordpress.parse(Recorded.fixture("xxe.xml"), read), "import.error.doctype", 4, 3);
        assertThat(read.posts).isEmpty();
    }

    @Test
    void entityExpansionIsRefusedAtOnce() {
        Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertRefused(
                        () -> blogger.count(Recorded.fixture("billion-laughs.xml")), "import.error.doctype", 13, 3));
    }

    @Test
    void malformedXmlIsRefusedWithLineAndColumnOnly() {
        assertThatThrownBy(() -> wordpress.parse(Recorded.fixture("malformed.xml"), new Recorded()))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("import.error.xml");
                    assertThat(refused.args()).hasSize(2).hasOnlyElementsOfType(Integer.class);
                    assertThat(refused.args()[0]).isEqualTo(5);
                });
    }

    @Test
    void invalidUtf8IsRefusedAsMalformed() {
        byte[] head = "<rss>\n<item><title>".getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(head, head.length + 2);
        file[head.length] = (byte) 0xC0;
        file[head.length + 1] = (byte) 0xAF;
        assertThatThrownBy(() -> wordpress.parse(new ByteArrayInputStream(file), new Recorded()))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("import.error.xml"));
    }

    @Test
    void postWithoutIdIsRefusedNamingTheElementAndItsLine() {
        assertRefused(
                () -> wordpress.parse(Recorded.fixture("missing-post-id.xml"), new Recorded()),
                "import.error.missing",
                "post_id",
                4);
    }

    @Test
    void unreadableDateIsRefusedWithoutItsText() {
        assertRefused(
                () -> blogger.parse(Recorded.fixture("bad-date.atom"), new Recorded()),
                "import.error.invalid",
                "published",
                9);
    }

    @Test
    void textLongerThanTheCapIsRefused() {
        String xml =
                "<rss>\n<item><title>short</title>\n<description>" + "x".repeat(11) + "</description></item></rss>";
        try (ExportXml reader = new ExportXml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            reader.nextTag();
            reader.nextTag();
            reader.nextTag();
            assertThat(reader.text(10)).isEqualTo("short");
            reader.nextTag();
            assertRefused(() -> reader.text(10), "import.error.tooLong", "description", 3, 10);
        }
    }

    @Test
    void commentWithoutItsPostIsRefused() {
        String atom = """
                <feed xmlns='http://www.w3.org/2005/Atom'>
                  <entry>
                    <id>tag:blogger.com,1999:blog-1.post-9</id>
                    <category scheme='http://schemas.google.com/g/2005#kind'
                        term='http://schemas.google.com/blogger/2008/kind#comment'/>
                    <published>2024-05-07T17:15:00Z</published>
                  </entry>
                </feed>""";
        assertRefused(
                () -> blogger.parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)), new Recorded()),
                "import.error.missing",
                "in-reply-to",
                2);
    }

    @Test
    void titlesAndNamesAreReadAsOneLineAsTheEditorAndARestoreWantThem() {
        String xml = ImportMemoryBoundsTest.WXR_HEAD
                + ImportMemoryBoundsTest.ITEM.formatted("<p>x</p>").replace("Harbour", "Harbour\n\treopens ")
                + "</channel></rss>";
        Recorded read = new Recorded();

        wordpress.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), read);

        assertThat(read.posts.get(0).title()).isEqualTo("Harbour reopens");
    }

    private static void assertRefused(ThrowingCallable call, String code, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImportRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.args()).containsExactly(args);
        });
    }
}
