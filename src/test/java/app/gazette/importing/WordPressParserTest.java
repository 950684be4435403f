package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.gazette.importing.ImportedComment.Status;
import app.gazette.importing.ImportedPost.State;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WordPressParserTest {

    private static final String POST = "12";
    private final WordPressParser parser = new WordPressParser(Recorded.JUNE_2024);

    @Test
    void publishedPostKeepsItsFieldsAndBothOldAddresses() {
        ImportedPost post =
                Recorded.parse(parser, "wordpress-wxr-1.2.xml").posts.get(0);

        assertThat(post.sourceKey()).isEqualTo(POST);
        assertThat(post.title()).isEqualTo("Council passes the bridge budget");
        assertThat(post.html())
                .isEqualTo("The council met on Tuesday.\n\nIt voted "
                        + "<a href=\"https://example.org/minutes\">seven to two</a>.\nThe mayor abstained.");
        assertThat(post.published()).isEqualTo(Instant.parse("2024-05-07T17:15:00Z"));
        assertThat(post.updated()).isEqualTo(Instant.parse("2024-05-08T08:00:00Z"));
        assertThat(post.labels())
                .as("categories and tags, each once; post formats are no labels")
                .containsExactly("Town hall", "Budget");
        assertThat(post.author()).isEqualTo(new ImportedAuthor("ada", "Ada Reporter", "ada@example.org"));
        assertThat(post.state()).isEqualTo(State.PUBLISHED);
        assertThat(post.slug()).isEqualTo("council-passes-bridge-budget");
        assertThat(post.oldPaths())
                .as("the link is the dated path here: once")
                .containsExactly("/2024/05/07/council-passes-bridge-budget/");
        assertThat(post.wordpressId()).isEqualTo(12L);
    }

    @Test
    void statusesBecomeStatesAndOnlyPostsThatAreNotTrashedAreRead() {
        Recorded read = Recorded.parse(parser, "wordpress-wxr-1.2.xml");

        assertThat(read.posts)
                .extracting(ImportedPost::wordpressId, ImportedPost::state)
                .containsExactly(
                        tuple(12L, State.PUBLISHED),
                        tuple(14L, State.DRAFT),
                        tuple(15L, State.SCHEDULED),
                        tuple(16L, State.PRIVATE));
        assertThat(read.post("New year, new bridge").published()).isEqualTo(Instant.parse("2099-01-01T08:00:00Z"));
    }

    @Test
    void draftWithTheZeroDateHasNoPublishTimeNorDatedPath() {
        ImportedPost draft = Recorded.parse(parser, "wordpress-wxr-1.2.xml").post("Half-written piece on the library");

        assertThat(draft.published()).isNull();
        assertThat(draft.slug()).isNull();
        assertThat(draft.oldPaths()).as("?p=14 is a query, not a path").isEmpty();
        assertThat(draft.author())
                .as("a creator not among the channel's authors")
                .isEqualTo(new ImportedAuthor("guest", "guest", null));
    }

    @Test
    void commentsKeepStatusAndParentAndPingbacksAreSkipped() {
        Recorded read = Recorded.parse(parser, "wordpress-wxr-1.2.xml");

        assertThat(read.comments)
                .containsExactly(
                        new ImportedComment(
                                POST + "#comment-5",
                                POST,
                                null,
                                "Bob Reader",
                                "bob@example.net",
                                "https://bob.example.net/",
                                "Finally!\nAbout time.",
                                Instant.parse("2024-05-07T19:00:00Z"),
                                Status.APPROVED),
                        new ImportedComment(
                                POST + "#comment-6",
                                POST,
                                POST + "#comment-5",
                                "Ada Reporter",
                                "ada@example.org",
                                null,
                                "Agreed.",
                                Instant.parse("2024-05-07T20:30:00Z"),
                                Status.PENDING),
                        new ImportedComment(
                                POST + "#comment-7",
                                POST,
                                null,
                                "Cheap Pills",
                                null,
                                null,
                                "Buy now",
                                Instant.parse("2024-05-08T01:00:00Z"),
                                Status.SPAM));
    }

    @Test
    void wxr11IsReadTheSameWay() {
        Recorded read = Recorded.parse(parser, "wordpress-wxr-1.1.xml");

        assertThat(read.posts).singleElement().satisfies(post -> {
            assertThat(post.author()).isEqualTo(new ImportedAuthor("carol", "Carol Editor", "carol@example.org"));
            assertThat(post.oldPaths()).containsExactly("/2012/03/04/the-mill-reopens/");
            assertThat(post.labels()).containsExactly("Uncategorized");
        });
        assertThat(read.comments)
                .as("an empty comment_type is a comment; trackbacks are not")
                .extracting(ImportedComment::sourceKey)
                .containsExactly("101#comment-31");
    }

    @Test
    void countMatchesWhatParseHandsOver() {
        assertThat(Recorded.count(parser, "wordpress-wxr-1.2.xml")).isEqualTo(new ExportTotals(4, 3));
        assertThat(Recorded.count(parser, "wordpress-wxr-1.1.xml")).isEqualTo(new ExportTotals(1, 1));
    }
}
