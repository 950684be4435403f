package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
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

    private final ExportFormats formats = new ExportFormats(Recorded.JUNE_2024);

    @ParameterizedTest
    @CsvSource({"blogger-backup.xml, BLOGGER", "blogger-takeout.atom, BLOGGER", "wordpress-wxr-1.1.xml, WORDPRESS",
            "wordpress-wxr-1.2.xml, WORDPRESS"})
    void knowsEachExportByItsStart(String fixture, ExportFormat format) throws IOException {
        try (InputStream in = new BufferedInputStream(Recorded.fixture(fixture))) {
            assertThat(formats.parserFor(in).format()).isEqualTo(format);
        }
    }

    @Test
    void leavesTheStreamAtItsStartForTheParser() throws IOException {
        try (InputStream in = new BufferedInputStream(Recorded.fixture("wordpress-wxr-1.2.xml"))) {
            assertThat(formats.parserFor(in).count(in)).isEqualTo(new ExportTotals(4, 3));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain-rss.xml", "plain-atom.xml", "page.html"})
    void refusesOtherFeedsAndPagesAsTheWrongKind(String fixture) {
        assertThatThrownBy(() -> formats.parserFor(new BufferedInputStream(Recorded.fixture(fixture))))
                .isInstanceOfSatisfying(ImportRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("import.refused.kind"));
    }

    @Test
    void refusesJsonAZipAndNothingAsTheWrongKind() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("feed.atom"));
            out.write(Recorded.fixture("blogger-takeout.atom").readAllBytes());
        }
        for (byte[] bytes : new byte[][] {"{\"posts\": []}".getBytes(StandardCharsets.UTF_8), zip.toByteArray(),
                new byte[0]}) {
            assertThatThrownBy(() -> formats.parserFor(new ByteArrayInputStream(bytes)))
                    .isInstanceOfSatisfying(ImportRefused.class,
                            refused -> assertThat(refused.code()).isEqualTo("import.refused.kind"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe.xml", "billion-laughs.xml"})
    void refusesAnExportWithADoctype(String fixture) {
        assertThatThrownBy(() -> formats.parserFor(new BufferedInputStream(Recorded.fixture(fixture))))
                .isInstanceOfSatisfying(ImportRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("import.refused.doctype"));
    }

    @Test
    void needsAStreamThatCanGoBack() {
        InputStream once = new InputStream() {
            @Override
            public int read() {
                return -1;
            }
        };
        assertThatIllegalArgumentException().isThrownBy(() -> formats.parserFor(once));
    }
}
