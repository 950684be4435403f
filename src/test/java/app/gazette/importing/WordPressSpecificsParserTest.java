package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.importing.ImportedPost.State;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the WordPress parser reads beyond a post's text (wordpress-https-ferry.xml), and zones from Blogger. */
class WordPressSpecificsParserTest {

    private final WordPressParser parser = new WordPressParser(Recorded.JUNE_2024);

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void everyWxrNamespaceFormIsAWordPressExport(String scheme) throws Exception {
        for (String version : new String[] {"1.0", "1.1", "1.2"}) {
            String rss = "<rss version=\"2.0\" xmlns:wp=\"" + scheme + "://wordpress.org/export/" + version
                    + "/\"><channel/></rss>";
            assertThat(ExportFormats.sniff(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8))))
                    .as(rss)
                    .isEqualTo(ExportFormat.WORDPRESS);
        }
    }

    @Test
    void postsAreKeyedByPostIdSoPostsSharingAGuidAreTwo() {
        Recorded read = Recorded.parse(parser, "wordpress-https-ferry.xml");

        assertThat(read.posts)
                .extracting(ImportedPost::sourceKey)
                .containsExactly("101", "102", "103", "104", "105", "101", "106", "107");
    }

    @Test
    void aPasswordProtectedPostIsProtectedWhateverItsStatus() {
        Recorded read = Recorded.parse(parser, "wordpress-https-ferry.xml");

        assertThat(read.post("Members only: the zanzibarquux budget").state()).isEqualTo(State.PROTECTED);
        assertThat(read.post("Members only: the zanzibarquux budget").hidden()).isTrue();
        assertThat(read.post("Staff private note").state()).isEqualTo(State.PRIVATE);
    }

    @Test
    void theExcerptClosedCommentsAndStickyAreRead() {
        Recorded read = Recorded.parse(parser, "wordpress-https-ferry.xml");

        ImportedPost ferry = read.post("Rain closes the ferry");
        assertThat(ferry.excerpt()).isEqualTo("The ferry <em>stops</em> until Friday.");
        assertThat(ferry.commentsClosed()).isTrue();
        assertThat(ferry.sticky()).isFalse();
        ImportedPost timetable = read.post("Ferry timetable for the winter");
        assertThat(timetable.commentsClosed()).isFalse();
        assertThat(timetable.sticky()).isTrue();
        assertThat(timetable.excerpt()).isNull();
    }

    @Test
    void theBlogsOffsetIsTheLocalDateLessTheGmtDate() {
        Recorded read = Recorded.parse(parser, "wordpress-https-ferry.xml");

        assertThat(read.post("Rain closes the ferry").offset()).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(read.post("Unfinished story").offset())
                .as("a draft has no dates")
                .isNull();
    }

    @Test
    void pagesAttachmentsAndMenuItemsAreReportedAsSkippedKinds() {
        assertThat(Recorded.parse(parser, "wordpress-https-ferry.xml").skipped)
                .containsExactly("page", "attachment", "nav_menu_item");
    }

    @Test
    void bloggerPublishedOffsetsAreTheBlogsOffset() {
        Recorded read = Recorded.parse(new BloggerParser(Recorded.JUNE_2024), "blogger-backup.xml");

        assertThat(read.posts).extracting(ImportedPost::offset).contains(ZoneOffset.ofHours(-7));
        assertThat(read.skipped).as("settings and template entries").isNotEmpty();
    }

    @Test
    void theTallyOffersTheOffsetMostPostsHadAndCountsWhatItMade() {
        ImportTally tally = new ImportTally();
        for (ImportedPost post : Recorded.parse(parser, "wordpress-https-ferry.xml").posts) {
            tally.postRead(post, true, false);
        }
        tally.skipped("nav_menu_item");

        ImportJob.Report report = tally.report();
        assertThat(report.blogZone()).isEqualTo("-08:00");
        assertThat(report.protectedPosts()).isEqualTo(1);
        assertThat(report.stickyPosts()).isEqualTo(2);
        assertThat(report.skippedOther()).isEqualTo(1);
        assertThat(report.hiddenTitles())
                .containsExactly("Members only: the zanzibarquux budget", "Staff private note");
    }
}
