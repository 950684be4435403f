package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.comment.Comment;
import app.gazette.comment.CommentRepository;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.Corpora;
import app.gazette.support.SafeHtml;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * Every corpus string (blns, XSS, SQL injection) and generated ones as a commenter's name, email and
 * comment: no 5xx; stored exactly (email lower-cased) or refused with a 400; the page stays inert.
 */
@AppTest
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:gazette-corpus-comments;DB_CLOSE_DELAY=-1",
            "gazette.comments.moderation=none",
            "gazette.comments.flood-seconds=0"
        })
class CorpusCommentsTest {

    static final Pattern STAMP = Pattern.compile("name=\"(renderedAt|signature)\" value=\"([^\"]*)\"");
    static final List<String> GENERATED = List.of(
            "nul\u0000byte",
            "carriage\rreturn",
            "line\nfeed",
            "\uFEFFbom",
            "🙂".repeat(60),
            "n".repeat(101),
            "x".repeat(10_001),
            "a@b.c\r\nBcc: x@example.org");

    @Value("${local.server.port}")
    int port;

    @Autowired
    CommentRepository comments;

    @Test
    void corpusStringsAsNameEmailAndCommentAreStoredExactlyOrRefusedAndNeverExecute() throws Exception {
        Browser reader = new Browser(port);
        String home = reader.get("/").body();
        Matcher link =
                Pattern.compile("class=\"post-title\"><a href=\"([^\"]+)\"").matcher(home);
        assertThat(link.find()).isTrue();
        String permalink = link.group(1);
        Map<String, String> stamp = new java.util.HashMap<>();
        Matcher hidden = STAMP.matcher(reader.get(permalink).body());
        while (hidden.find()) {
            stamp.put(hidden.group(1), hidden.group(2));
        }
        List<String> inputs = new ArrayList<>(GENERATED);
        Corpora.files().forEach(file -> inputs.addAll(Corpora.entries(file)));
        int[] counts = new int[3];
        Map<String, String[]> expected = new java.util.HashMap<>();

        for (int n = 0; n < inputs.size(); n++) {
            String input = inputs.get(n);
            String email =
                    input.isBlank() ? null : input.toLowerCase(Locale.ROOT).strip();
            post(reader, permalink, stamp, Map.of("name", input, "body", "name-" + n), counts, expected, new String[] {
                input, null, "name-" + n
            });
            post(
                    reader,
                    permalink,
                    stamp,
                    Map.of("name", "Reader", "email", input, "body", "email-" + n),
                    counts,
                    expected,
                    new String[] {"Reader", email, "email-" + n});
            post(
                    reader,
                    permalink,
                    stamp,
                    Map.of("name", "Reader " + n, "body", input),
                    counts,
                    expected,
                    new String[] {"Reader " + n, null, input});
        }
        Map<String, Comment> stored = comments.findAll().stream()
                .collect(Collectors.toMap(Comment::getBody, c -> c, (first, second) -> first));
        expected.forEach((body, want) -> {
            Comment got = stored.get(body);
            assertThat(got).as("stored comment %s", body).isNotNull();
            assertThat(new String[] {got.getAuthorName(), got.getAuthorEmail(), got.getBody()})
                    .containsExactly(want);
        });
        SafeHtml.assertSafe(reader.get(permalink).body(), "article with corpus comments");
        System.out.printf(
                "[corpus] comments: %d strings tried as name, email and comment: %d stored, %d refused"
                        + " (400), %d duplicates (409)%n",
                inputs.size(), counts[0], counts[1], counts[2]);
        assertThat(counts[0]).isGreaterThan(inputs.size());
    }

    private void post(
            Browser reader,
            String permalink,
            Map<String, String> stamp,
            Map<String, String> fields,
            int[] counts,
            Map<String, String[]> expected,
            String[] want)
            throws Exception {
        Map<String, String> form = new java.util.HashMap<>(stamp);
        form.putAll(fields);
        HttpResponse<String> response = reader.postForm(permalink + "/comments", form, reader.origin());
        assertThat(response.statusCode()).as("status for %s", fields).isIn(302, 400, 409);
        switch (response.statusCode()) {
            case 302 -> {
                counts[0]++;
                expected.putIfAbsent(want[2], want);
            }
            case 400 -> counts[1]++;
            default -> counts[2]++;
        }
    }
}
