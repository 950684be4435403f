package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFormatsTest {

    @ParameterizedTest
    @CsvSource({
        "blogger-backup.xml, BLOGGER",
        "blogger-takeout.atom, BLOGGER",
        "wordpress-wxr-1.1.xml, WORDPRESS",
        "wordpress-wxr-1.2.xml, WORDPRESS"
    })
    void knowsEachExportByItsStart(String fixture, ExportFormat format) throws IOException {
        try (InputStream in = Recorded.fixture(fixture)) {
            assertThat(ExportFormats.sniff(in)).isEqualTo(format);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain-rss.xml", "plain-atom.xml", "page.html"})
    void refusesOtherFeedsAndPagesAsTheWrongKind(String fixture) {
        assertRefused(Recorded.fixture(fixture), "import.error.unknownFormat");
    }

    @Test
    void refusesJsonAZipAndNothingAsTheWrongKind() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("feed.atom"));
            out.write(Recorded.fixture("blogger-takeout.atom").readAllBytes());
        }
        for (byte[] bytes :
                new byte[][] {"{\"posts\": []}".getBytes(StandardCharsets.UTF_8), zip.toByteArray(), new byte[0]}) {
            assertRefused(new ByteArrayInputStream(bytes), "import.error.unknownFormat");
        }
    }

    @Test
    void refusesAFeedWhoseFirstEntryComesBeforeAnyBloggerSign() {
        String atom = "<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>tag:blogger.com,1999:blog-1.post-1</id>"
                + "</entry></feed>";
        assertRefused(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)), "import.error.unknownFormat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe.xml", "billion-laughs.xml"})
    void refusesAnExportWithADoctype(String fixture) {
        assertRefused(Recorded.fixture(fixture), "import.error.doctype");
    }

    private static void assertRefused(InputStream in, String code) {
        assertThatThrownBy(() -> ExportFormats.sniff(in))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
