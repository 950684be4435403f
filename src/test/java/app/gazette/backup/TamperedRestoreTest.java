package app.gazette.backup;

import static app.gazette.backup.BackupRefusalTest.replace;
import static app.gazette.backup.TestSite.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.gazette.article.MarkdownRenderer;
import app.gazette.media.store.MediaStore;
import app.gazette.support.FakeMedia;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Restore serves body_html uncleaned": a tampered backup's HTML is made again from its Markdown by
 * the editor's renderer, and values the editor would refuse are refused naming their table and row.
 */
@BackupSliceTest
class TamperedRestoreTest {

    static final String EVIL = "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"
            + "<form action=\"https://evil.example/\"><input name=\"password\"></form>"
            + "<iframe src=\"https://evil.example/\"></iframe>";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaStore store;

    @TempDir
    Path dir;

    Map<String, byte[]> sound;
    Object before;

    @BeforeEach
    void siteAndItsBackup() throws IOException {
        new TestSite(jdbc, store).build("hash", 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.export(out, true);
        sound = TestZips.entries(out.toByteArray());
        before = TableSnapshot.of(jdbc, Set.of());
    }

    @AfterEach
    void leaveNothing() {
        new TestSite(jdbc, store).clear();
    }

    @Test
    void restoreCleansTheHtmlOfArticlesWithTheEditorsSanitizer() throws IOException {
        Map<String, byte[]> tampered = new LinkedHashMap<>(sound);
        StringBuilder articles = new StringBuilder();
        for (String line : new String(tampered.get("articles.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            ObjectNode row = (ObjectNode) JSON.readTree(line);
            row.put("body_html", EVIL);
            if (row.get("id").asLong() == 1) {
                row.put("body_markdown", "Hello\n\n" + EVIL);
            }
            articles.append(JSON.writeValueAsString(row)).append('\n');
        }
        tampered.put("articles.jsonl", articles.toString().getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("tampered.zip"), TestZips.zip(tampered));

        backups.restore(file, ADMIN, true);

        List<Map<String, Object>> restored = jdbc.queryForList("SELECT body_markdown, body_html FROM articles");
        assertThat(restored).hasSize(40).allSatisfy(row -> {
            String html = (String) row.get("BODY_HTML");
            assertThat(Jsoup.parseBodyFragment(html).select("meta, form, iframe, input, [http-equiv]"))
                    .isEmpty();
            assertThat(html)
                    .isEqualTo(new MarkdownRenderer(new FakeMedia.Library())
                            .render((String) row.get("BODY_MARKDOWN"))
                            .html());
        });
        assertThat(jdbc.queryForObject("SELECT body_markdown FROM articles WHERE id = 1", String.class))
                .as("the Markdown is kept as written")
                .contains("<iframe");
    }

    @Test
    void aSlugTheEditorWouldNotMakeIsRefusedNamingTableAndKey() throws IOException {
        BackupRefused refused =
                refusal(replace("articles.jsonl", "\"slug\":\"welcome-to-gazette\"", "\"slug\":\"odd{slug}\""));

        assertThat(refused.code()).isEqualTo("backup.error.field.notSlug");
        assertThat(refused.args()).containsExactly("articles.jsonl", 1, "slug", "id 1");
        assertThat(TableSnapshot.of(jdbc, Set.of())).as("nothing restored").isEqualTo(before);
    }

    record Case(String name, String code, UnaryOperator<Map<String, byte[]>> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> valuesTheEditorRefuses() {
        return List.of(
                new Case(
                        "old slug not a slug",
                        "backup.error.field.notSlug",
                        replace("slug_aliases.jsonl", "\"slug\":\"old-slug-10\"", "\"slug\":\"Old Slug\"")),
                new Case(
                        "control character in a title",
                        "backup.error.field.controlCharacters",
                        replace("articles.jsonl", "\"title\":\"Welcome to Gazette\"", "\"title\":\"Welcome\\u0007\"")),
                new Case(
                        "blank display name",
                        "backup.error.field.blank",
                        replace("users.jsonl", "\"display_name\":\"admin\"", "\"display_name\":\"  \"")),
                new Case(
                        "user name with a line break",
                        "backup.error.field.invalid",
                        replace("users.jsonl", "\"username\":\"gone\"", "\"username\":\"gone\\n\"")),
                new Case(
                        "no email address",
                        "backup.error.field.notEmail",
                        replace("users.jsonl", "\"email\":\"ed@example.org\"", "\"email\":\"ed at example\"")),
                new Case(
                        "commenter address no IP",
                        "backup.error.field.invalid",
                        replace("comments.jsonl", "\"ip\":\"2001:db8::1\"", "\"ip\":\"<b>x</b>\"")),
                new Case(
                        "label slug not of its name",
                        "backup.error.field.invalid",
                        replace("labels.jsonl", "\"slug\":\"gazette\"", "\"slug\":\"gazette/../x\"")),
                new Case(
                        "published without a time",
                        "backup.error.field.missing",
                        replace(
                                "articles.jsonl",
                                "\"publish_at\":\"2019-02-09T10:15:31.123456Z\"",
                                "\"publish_at\":null")),
                new Case(
                        "date pattern not a pattern",
                        "backup.error.field.invalid",
                        replace(
                                "site_settings.jsonl",
                                "\"date_header_pattern\":\"d.M.yyyy\"",
                                "\"date_header_pattern\":\"HH {{\"")),
                new Case(
                        "page size 0",
                        "backup.error.field.outOfRange",
                        replace("site_settings.jsonl", "\"page_size\":7", "\"page_size\":0")),
                new Case(
                        "old address not a path",
                        "backup.error.field.invalid",
                        replace("old_links.jsonl", "\"path\":\"/?p=7\"", "\"path\":\"https://evil.example/\"")));
    }

    @ParameterizedTest
    @MethodSource("valuesTheEditorRefuses")
    void aValueTheEditorWouldRefuseIsRefusedAndNothingIsRestored(Case tampered) throws IOException {
        BackupRefused refused = refusal(tampered.change());

        assertThat(refused.code()).isEqualTo(tampered.code());
        assertThat(BackupRefusalTest.MESSAGES.containsKey(refused.code())).isTrue();
        assertThat(TableSnapshot.of(jdbc, Set.of())).isEqualTo(before);
    }

    private BackupRefused refusal(UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Path file = Files.write(dir.resolve("tampered.zip"), TestZips.zip(change.apply(new LinkedHashMap<>(sound))));
        return catchThrowableOfType(BackupRefused.class, () -> backups.restore(file, ADMIN, true));
    }
}
