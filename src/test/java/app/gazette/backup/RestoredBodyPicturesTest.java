package app.gazette.backup;

import static app.gazette.backup.TestSite.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.MarkdownRenderer;
import app.gazette.media.store.MediaStore;
import app.gazette.support.FakeMedia;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A restore renders body pictures as the editor's save did: library files, and eager only without a featured picture. */
@BackupSliceTest
class RestoredBodyPicturesTest {

    static final String BODY =
            "![Harbour](/media/harbour-640.jpg \"At dawn\")\n\nText.\n\n![Far](https://example.org/far.jpg)";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaStore store;

    @Autowired
    FakeMedia.Library library;

    @TempDir
    Path dir;

    @AfterEach
    void leaveNothing() {
        new TestSite(jdbc, store).clear();
    }

    @Test
    void bodyPicturesAreRenderedAgainWithTheFeaturedPictureRule() throws IOException {
        library.put(FakeMedia.picture(7, "harbour", 2400, 1600, "The harbour"));
        new TestSite(jdbc, store).build("hash", 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.export(out, true);
        Map<String, byte[]> entries = TestZips.entries(out.toByteArray());
        StringBuilder articles = new StringBuilder();
        for (String line : new String(entries.get("articles.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            ObjectNode row = (ObjectNode) JSON.readTree(line);
            row.put("body_markdown", BODY);
            row.put("body_html", "");
            if (row.get("id").asLong() == 2) {
                row.put("featured_media_id", 7);
            }
            articles.append(JSON.writeValueAsString(row)).append('\n');
        }
        entries.put("articles.jsonl", articles.toString().getBytes(StandardCharsets.UTF_8));

        backups.restore(Files.write(dir.resolve("pictured.zip"), TestZips.zip(entries)), ADMIN, true);

        MarkdownRenderer editor = new MarkdownRenderer(library);
        String belowFeatured = html(2);
        assertThat(belowFeatured).isEqualTo(editor.render(BODY, true).html()).doesNotContain("eager");
        assertThat(html(3))
                .isEqualTo(editor.render(BODY, false).html())
                .contains("loading=\"eager\"")
                .contains("/media/harbour-960.jpg 960w")
                .contains("<figcaption>At dawn</figcaption>");
    }

    private String html(long id) {
        return jdbc.queryForObject("SELECT body_html FROM articles WHERE id = ?", String.class, id);
    }
}
