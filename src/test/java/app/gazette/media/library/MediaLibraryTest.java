package app.gazette.media.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.media.MediaView;
import app.gazette.media.RemotePictures;
import app.gazette.media.image.ImageProcessingProperties;
import app.gazette.media.image.ImageProcessor;
import app.gazette.media.image.ImageRefused;
import app.gazette.media.image.TestImages;
import app.gazette.media.store.DiskMediaStore;
import app.gazette.media.store.MediaKeys;
import app.gazette.media.store.MediaProperties;
import app.gazette.media.store.MediaStore;
import app.gazette.media.store.MediaUrls;
import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.site.GazetteProperties;
import app.gazette.site.SettingsService;
import app.gazette.user.UserDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The library on a disk store in a temporary folder: files and rows together, or neither. */
@DataJpaTest(properties = "gazette.content-version.poll-millis=0")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@RecordApplicationEvents
@EnableConfigurationProperties(GazetteProperties.class)
@Import({
    ContentVersion.class,
    SettingsService.class,
    MediaService.class,
    MediaAdmin.class,
    MediaUsageRows.class,
    MediaViews.class,
    MediaUrls.class,
    UserDirectory.class,
    MediaLibraryTest.Config.class
})
class MediaLibraryTest {

    static final Path STORE = tempFolder();

    @TestConfiguration
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-03T10:15:00Z"), ZoneOffset.UTC);
        }

        @Bean
        MediaStore mediaStore() {
            return new DiskMediaStore(STORE);
        }

        /** Fetching from other sites is RemotePicturesTest's; the library's tests never fetch. */
        @Bean
        RemotePictures remotePictures() {
            return org.mockito.Mockito.mock(RemotePictures.class);
        }

        @Bean
        MediaProperties mediaProperties() {
            return new MediaProperties(MediaProperties.Store.DISK, STORE, "", null);
        }

        @Bean
        ImageProcessor imageProcessor() {
            return new ImageProcessor(new ImageProcessingProperties(
                    1, 4, Duration.ofSeconds(60), false, STORE.resolveSibling(STORE.getFileName() + "-work")));
        }
    }

    @Autowired
    MediaService library;

    @Autowired
    MediaAdmin admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    long uploader;

    @BeforeEach
    void emptySite() throws IOException {
        jdbc.update("delete from media_usages");
        jdbc.update("delete from media_files");
        jdbc.update("delete from media");
        jdbc.update("delete from articles");
        jdbc.update("delete from users");
        jdbc.update("insert into users (username, display_name, role, enabled, created_at)"
                + " values ('ada', 'Ada Whitlock', 'EDITOR', true, current_timestamp)");
        uploader = jdbc.queryForObject("select id from users where username = 'ada'", Long.class);
        try (Stream<String> keys = new DiskMediaStore(STORE).keys()) {
            keys.forEach(new DiskMediaStore(STORE)::delete);
        }
    }

    @Test
    void addingAPhotoStoresEveryFileUnderContentNamedKeysAndOneRow() throws IOException {
        MediaView added = add("Harbour at dawn.JPG", TestImages.jpeg(1200, 800), "Boats in the harbour");

        assertThat(added.fileName()).isEqualTo("Harbour at dawn.JPG");
        assertThat(added.alt()).isEqualTo("Boats in the harbour");
        assertThat(added.uploaderName()).isEqualTo("Ada Whitlock");
        assertThat(added.uploadedAt()).isEqualTo(Instant.parse("2026-12-03T10:15:00Z"));
        assertThat(added.width()).isEqualTo(1200);
        assertThat(added.sizes()).extracting(size -> size.width()).containsExactly(320, 640, 960, 1200);
        assertThat(added.master().url()).matches("/media/2026/12/[0-9a-f]{12}-harbour-at-dawn-1200\\.jpg");
        assertThat(storedKeys()).hasSize(4).allMatch(MediaKeys::isValid);
        assertThat(jdbc.queryForObject("select count(*) from media_files", Integer.class))
                .isEqualTo(4);
        assertThat(library.find(added.id())).contains(added);
    }

    @Test
    void theSamePictureUnderTheSameNameTwiceGetsItsOwnFiles() throws IOException {
        byte[] jpeg = TestImages.jpeg(400, 300);
        MediaView first = add("photo.jpg", jpeg, "");
        MediaView second = add("photo.jpg", jpeg, "");

        assertThat(second.master().url()).isNotEqualTo(first.master().url()).contains("-photo-2-400.jpg");
        admin.delete(first.id());
        assertThat(library.find(second.id())).isPresent();
        assertThat(storedKeys()).hasSize(2);
    }

    @Test
    void aRefusedUploadLeavesNoRowAndNoFile() {
        assertThatThrownBy(() -> add("drawing.svg", TestImages.ascii("<svg></svg>"), "alt"))
                .isInstanceOf(ImageRefused.class);
        assertThat(jdbc.queryForObject("select count(*) from media", Integer.class))
                .isZero();
        assertThat(storedKeys()).isEmpty();
    }

    @Test
    void aPictureInUseIsNotDeletedAndTheArticlesAreListed() throws IOException {
        MediaView picture = add("photo.jpg", TestImages.jpeg(400, 300), "");
        long article = article("Storm closes the harbour");
        library.replace(article, "Storm closes the harbour", Set.of(picture.id(), 999_999L));

        assertThatThrownBy(() -> admin.delete(picture.id()))
                .isInstanceOfSatisfying(
                        MediaInUse.class,
                        inUse -> assertThat(inUse.articles())
                                .containsExactly(new ArticleUse(article, "Storm closes the harbour")));
        assertThat(storedKeys()).hasSize(2);
        assertThat(admin.item(picture.id()).usedBy()).hasSize(1);

        library.forget(article);
        admin.delete(picture.id());
        assertThat(library.find(picture.id())).isEmpty();
        assertThat(storedKeys()).isEmpty();
    }

    @Test
    void searchFindsFileNameAltAndCaptionNewestFirst() throws IOException {
        MediaView harbour = add("harbour.jpg", TestImages.jpeg(200, 100), "Boats at anchor");
        MediaView storm = add("storm.png", TestImages.png(TestImages.drawing(200, 100)), "Dark sky");
        admin.describe(storm.id(), new MediaTexts("Dark sky", "Waves over the 100% wall", "Ada"), "ada");

        assertThat(library.latest("", 10)).extracting(MediaView::id).containsExactly(storm.id(), harbour.id());
        assertThat(library.latest("HARBOUR", 10)).extracting(MediaView::id).containsExactly(harbour.id());
        assertThat(library.latest("anchor", 10)).extracting(MediaView::id).containsExactly(harbour.id());
        assertThat(library.latest("100%", 10)).extracting(MediaView::id).containsExactly(storm.id());
        assertThat(library.latest("nothing", 10)).isEmpty();
    }

    @Test
    void changingTheTextsTellsThePageCacheButSavingThemUnchangedDoesNot() throws IOException {
        MediaView picture = add("photo.jpg", TestImages.jpeg(200, 100), "Alt");
        admin.describe(picture.id(), new MediaTexts("Alt", "", ""), "ada");
        assertThat(events.stream(PublicContentChanged.class)).isEmpty();

        admin.describe(picture.id(), new MediaTexts("New alt", "A caption", "Ada"), "ada");
        assertThat(events.stream(PublicContentChanged.class)).hasSize(1);
        assertThat(library.find(picture.id()).orElseThrow().caption()).isEqualTo("A caption");
    }

    @Test
    void picturesAreFoundByAnyOfTheirUrls() throws IOException {
        MediaView picture = add("photo.jpg", TestImages.jpeg(800, 600), "");
        String small = picture.sizes().get(0).url();

        assertThat(library.findByUrls(List.of(small, picture.master().url() + "?v=1", "/media/2026/12/x.jpg", "/a")))
                .containsOnlyKeys(small, picture.master().url() + "?v=1")
                .containsValue(picture);
        assertThat(library.findAll(List.of(picture.id(), 42L))).containsOnlyKeys(picture.id());
    }

    private MediaView add(String name, byte[] bytes, String alt) throws IOException {
        Path upload = Files.createTempFile("upload", ".bin");
        try {
            Files.write(upload, bytes);
            return library.add(upload, name, alt, uploader);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    private long article(String title) {
        jdbc.update(
                "insert into articles (slug, title, summary, body_markdown, body_html, status, created_at,"
                        + " updated_at, version, author_id) values (?, ?, '', '', '', 'DRAFT', current_timestamp,"
                        + " current_timestamp, 0, ?)",
                "a-" + System.nanoTime(),
                title,
                uploader);
        return jdbc.queryForObject("select max(id) from articles", Long.class);
    }

    private List<String> storedKeys() {
        try (Stream<String> keys = new DiskMediaStore(STORE).keys()) {
            return keys.toList();
        }
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("gazette-media-library-test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
