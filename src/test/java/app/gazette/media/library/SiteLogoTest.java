package app.gazette.media.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.gazette.media.image.TestImages;
import app.gazette.media.store.MediaProperties;
import app.gazette.media.store.MediaStore;
import app.gazette.media.store.MediaUrls;
import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.site.GazetteProperties;
import app.gazette.site.LogoRefused;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteLogo;
import app.gazette.site.SiteLogo.Icon;
import app.gazette.user.UserDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The site logo on a real database and a disk store: uploaded, shown, its icons, kept from deletion. */
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
    SiteIcons.class,
    SiteLogoService.class,
    MediaLibraryTest.Config.class
})
class SiteLogoTest {

    /** The library test's disk store and clock. */
    static final Path STORE = MediaLibraryTest.STORE;

    @Autowired
    SiteLogoService logos;

    @Autowired
    SettingsService settings;

    @Autowired
    MediaAdmin admin;

    @Autowired
    MediaStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ContentVersion version;

    @BeforeEach
    void emptySite() throws IOException {
        jdbc.update("delete from site_settings");
        jdbc.update("delete from media_usages");
        jdbc.update("delete from media_files");
        jdbc.update("delete from media");
        jdbc.update("delete from users");
        jdbc.update("insert into users (username, display_name, role, enabled, created_at)"
                + " values ('root', 'Root', 'ADMIN', true, current_timestamp)");
        version.on(new PublicContentChanged("test"));
        try (Stream<String> keys = store.keys()) {
            keys.forEach(store::delete);
        }
    }

    @Test
    void anUploadedLogoIsInEffectAtOnceWithSquareIconsOfEachSize() throws IOException {
        assertThat(logos.current()).isEmpty();

        SiteLogo uploaded = logos.upload(png("masthead.png", banner(1000, 100)), "root");

        assertThat(settings.logoMediaId()).contains(uploaded.mediaId());
        assertThat(logos.current()).contains(uploaded);
        assertThat(events.stream(PublicContentChanged.class)).isNotEmpty();
        assertThat(jdbc.queryForObject("select alt from media where id = ?", String.class, uploaded.mediaId()))
                .isEqualTo(settings.current().siteTitle());
        assertThat(uploaded.icons())
                .extracting(Icon::size, Icon::rel)
                .containsExactly(tuple(32, "icon"), tuple(180, "apple-touch-icon"), tuple(192, "icon"));
        for (Icon icon : uploaded.icons()) {
            assertThat(icon.url()).startsWith("/media/icons/").endsWith("-icon-" + icon.size() + ".png");
            BufferedImage stored = stored(icon.url());
            assertThat(stored.getWidth()).isEqualTo(icon.size());
            assertThat(stored.getHeight()).isEqualTo(icon.size());
        }
        assertThat(uploaded.favicon()).contains(uploaded.icons().get(0));
    }

    @Test
    void pagesGetASmallFileForTheMastheadAndOneFillingGooglesLogoBox() throws IOException {
        SiteLogo banner = logos.upload(png("banner.png", banner(1000, 100)), "root");

        assertThat(banner.publisher())
                .extracting(SiteLogo.Image::width, SiteLogo.Image::height)
                .containsExactly(640, 64);
        assertThat(banner.shown())
                .extracting(SiteLogo.Image::width, SiteLogo.Image::height)
                .containsExactly(1000, 100);

        SiteLogo square = logos.upload(png("seal.png", banner(500, 500)), "root");
        assertThat(square.publisher()).extracting(SiteLogo.Image::width).isEqualTo(320);
        assertThat(square.shown()).extracting(SiteLogo.Image::width).isEqualTo(320);
        assertThat(logos.current()).contains(square);
    }

    @Test
    void aRefusedUploadKeepsTheLogoAndStoresNothing() throws IOException {
        SiteLogo logo = logos.upload(png("seal.png", banner(300, 300)), "root");
        long files = storedKeys().size();

        MockMultipartFile svg = new MockMultipartFile(
                "file", "logo.svg", "image/svg+xml", TestImages.ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        assertThatThrownBy(() -> logos.upload(svg, "root")).isInstanceOfSatisfying(LogoRefused.class, refused -> {
            assertThat(refused.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            assertThat(refused.messageKey()).isEqualTo("media.refused.type");
            assertThat(refused.messageArguments()).containsExactly("logo.svg");
        });
        assertThatThrownBy(() -> logos.upload(
                        png("cut.png", java.util.Arrays.copyOf(TestImages.png(banner(300, 300)), 200)), "root"))
                .isInstanceOfSatisfying(
                        LogoRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("media.refused.corrupt"));

        assertThat(logos.current()).contains(logo);
        assertThat(storedKeys()).hasSize((int) files);
    }

    @Test
    void theLogoPictureCannotBeDeletedUntilItIsNoLongerTheLogo() throws IOException {
        SiteLogo logo = logos.upload(png("seal.png", banner(300, 300)), "root");

        assertThatThrownBy(() -> admin.delete(logo.mediaId())).isInstanceOfSatisfying(MediaInUse.class, inUse -> {
            assertThat(inUse.siteLogo()).isTrue();
            assertThat(inUse.articles()).isEmpty();
        });

        settings.setLogo(null);
        assertThat(logos.current()).isEmpty();
        admin.delete(logo.mediaId());
        assertThat(jdbc.queryForObject("select count(*) from media", Integer.class))
                .isZero();
    }

    @Test
    void missingIconsAreMadeAgainWhenTheLogoIsNextRead() throws IOException {
        SiteLogo logo = logos.upload(png("seal.png", banner(300, 300)), "root");
        String key = logo.icons().get(1).url().substring("/media/".length());
        store.delete(key);
        SiteIcons fresh =
                new SiteIcons(store, new MediaUrls(new MediaProperties(MediaProperties.Store.DISK, STORE, "", null)));

        fresh.of(admin.item(logo.mediaId()).view().sizes());

        assertThat(store.exists(key)).isTrue();
    }

    static BufferedImage banner(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d, 0x4e, 0x89));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static MockMultipartFile png(String name, BufferedImage image) throws IOException {
        return png(name, TestImages.png(image));
    }

    private static MockMultipartFile png(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "image/png", bytes);
    }

    private BufferedImage stored(String url) throws IOException {
        try (InputStream in = store.open(url.substring("/media/".length())).orElseThrow().stream()) {
            return ImageIO.read(in);
        }
    }

    private List<String> storedKeys() {
        try (Stream<String> keys = store.keys()) {
            return keys.toList();
        }
    }
}
