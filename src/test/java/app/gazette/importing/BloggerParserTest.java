package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.gazette.importing.ImportedComment.Status;
import app.gazette.importing.ImportedPost.State;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BloggerParserTest {

    private static final String BLOG = "tag:blogger.com,1999:blog-1001.post-";
    private final BloggerParser parser = new BloggerParser(Recorded.JUNE_2024);

    @Test
    void backupPostsKeepTheirFieldsAndSkipTemplateSettingsAndPages() {
        Recorded read = Recorded.parse(parser, "blogger-backup.xml");

        assertThat(read.posts)
                .extracting(ImportedPost::sourceKey)
                .containsExactly(BLOG + "2001", BLOG + "2002", BLOG + "2003");
        ImportedPost post = read.posts.get(0);
        assertThat(post.title()).isEqualTo("Council passes the bridge budget");
        assertThat(post.html())
                .isEqualTo("The council met on Tuesday.<br /><br />It voted "
                        + "<a href=\"https://example.org/minutes\">seven to two</a>.");
        assertThat(post.published()).isEqualTo(Instant.parse("2024-05-07T17:15:00Z"));
        assertThat(post.updated()).isEqualTo(Instant.parse("2024-05-08T15:00:00Z"));
        assertThat(post.labels()).containsExactly("Town hall", "Budget");
        assertThat(post.author()).isEqualTo(new ImportedAuthor(null, "Ada Reporter", "ada@example.org"));
        assertThat(post.state()).isEqualTo(State.PUBLISHED);
        assertThat(post.slug()).isEqualTo("council-passes-bridge-budget");
        assertThat(post.oldPaths()).containsExactly("/2024/05/council-passes-bridge-budget.html");
        assertThat(post.wordpressId()).isNull();
    }

    @Test
    void backupDraftIsDraftAndFuturePostIsScheduled() {
        Recorded read = Recorded.parse(parser, "blogger-backup.xml");

        ImportedPost draft = read.post("Half-written piece on the library");
        assertThat(draft.state()).isEqualTo(State.DRAFT);
        assertThat(draft.oldPaths()).isEmpty();
        assertThat(draft.slug()).isNull();
        assertThat(draft.author().email())
                .as("Blogger's no-reply address is nobody's")
                .isNull();
        assertThat(read.post("New year, new bridge").state()).isEqualTo(State.SCHEDULED);
    }

    @Test
    void backupCommentsPointAtTheirPostAndTheCommentTheyAnswer() {
        Recorded read = Recorded.parse(parser, "blogger-backup.xml");

        assertThat(read.comments)
                .containsExactly(
                        new ImportedComment(
                                BLOG + "3001",
                                BLOG + "2001",
                                null,
                                "Bob Reader",
                                null,
                                "https://bob.example.net/",
                                "Finally!<br />About time.",
                                Instant.parse("2024-05-07T19:00:00Z"),
                                Status.APPROVED),
                        new ImportedComment(
                                BLOG + "3002",
                                BLOG + "2001",
                                BLOG + "3001",
                                "Ada Reporter",
                                null,
                                null,
                                "Agreed.",
                                Instant.parse("2024-05-07T20:30:00Z"),
                                Status.APPROVED));
    }

    @Test
    void takeoutReadsTypeStatusFilenameAndParentAndLeavesTrashOut() {
        Recorded read = Recorded.parse(parser, "blogger-takeout.atom");

        assertThat(read.posts)
                .extracting(ImportedPost::title, ImportedPost::state)
                .containsExactly(
                        tuple("Council passes the bridge budget", State.PUBLISHED),
                        tuple("Half-written piece on the library", State.DRAFT),
                        tuple("Awaiting review", State.DRAFT));
        ImportedPost post = read.posts.get(0);
        assertThat(post.oldPaths()).containsExactly("/2024/05/council-passes-bridge-budget.html");
        assertThat(post.slug()).isEqualTo("council-passes-bridge-budget");
        assertThat(post.labels()).containsExactly("Town hall");
        assertThat(post.author()).isEqualTo(new ImportedAuthor(null, "Ada Reporter", null));
        assertThat(read.comments)
                .extracting(ImportedComment::postSourceKey, ImportedComment::status)
                .containsExactly(tuple(BLOG + "2001", Status.APPROVED), tuple(BLOG + "2001", Status.SPAM));
    }

    @Test
    void countMatchesWhatParseHandsOver() {
        assertThat(Recorded.count(parser, "blogger-backup.xml")).isEqualTo(new ExportTotals(3, 2));
        assertThat(Recorded.count(parser, "blogger-takeout.atom")).isEqualTo(new ExportTotals(3, 2));
    }

    @Test
    void slugIsTheFileNameWithoutHtml() {
        assertThat(List.of(BloggerParser.slug("/2024/05/a-b.html"), BloggerParser.slug("/p/about")))
                .containsExactly("a-b", "about");
    }
}
