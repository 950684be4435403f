package app.gazette.media.library;

import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaSize;
import app.gazette.media.MediaView;
import app.gazette.media.image.ImageRefused;
import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.Versioned;
import app.gazette.shared.NotFoundException;
import app.gazette.site.LogoRefused;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteLogo;
import app.gazette.site.SiteLogos;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The site logo, a picture of the library that the settings name by id: uploaded here (its icons
 * made before the settings point at it), and shown from a value kept per content version.
 */
@Service
class SiteLogoService implements SiteLogos {

    /** The masthead shows the logo at most 80 px tall (gazette.css): a file for screens of density 2. */
    static final int SHOWN_HEIGHT = 160;

    static final int SHOWN_WIDTH = 1280;
    /** Google fits publisher logos in 600 x 60: the file must fill that box one way. */
    static final int PUBLISHER_WIDTH = 600;

    static final int PUBLISHER_HEIGHT = 60;

    private static final Logger log = LoggerFactory.getLogger(SiteLogoService.class);

    private final MediaAdmin admin;
    private final MediaLibrary library;
    private final MediaRepository media;
    private final SiteIcons icons;
    private final SettingsService settings;
    private final TransactionTemplate transaction;
    private final Versioned<Optional<SiteLogo>> current;

    SiteLogoService(
            MediaAdmin admin,
            MediaLibrary library,
            MediaRepository media,
            SiteIcons icons,
            SettingsService settings,
            TransactionTemplate transaction,
            ContentVersion version) {
        this.admin = admin;
        this.library = library;
        this.media = media;
        this.icons = icons;
        this.settings = settings;
        this.transaction = transaction;
        this.current = version.cached(this::read);
    }

    @Override
    public SiteLogo upload(MultipartFile file, String username) throws IOException {
        MediaView picture;
        try {
            picture = admin.upload(file, settings.current().siteTitle(), username);
        } catch (ImageRefused refused) {
            throw new LogoRefused(refused.status(), refused.messageKey(), refused.messageArguments(), refused);
        }
        SiteLogo logo = logo(picture);
        transaction.executeWithoutResult(status -> {
            // locked as a delete locks it: the picture cannot go while it becomes the logo
            media.lockById(picture.id()).orElseThrow(NotFoundException::new);
            settings.setLogo(picture.id());
        });
        return logo;
    }

    @Override
    public Optional<SiteLogo> current() {
        return current.get();
    }

    private Optional<SiteLogo> read() {
        return settings.logoMediaId().flatMap(library::find).map(picture -> {
            try {
                return logo(picture);
            } catch (RuntimeException e) {
                log.warn("The icons of logo {} could not be made; pages show the logo without them", picture.id(), e);
                return new SiteLogo(picture.id(), shown(picture), publisher(picture), List.of());
            }
        });
    }

    private SiteLogo logo(MediaView picture) {
        return new SiteLogo(picture.id(), shown(picture), publisher(picture), icons.of(picture.sizes()));
    }

    static SiteLogo.Image shown(MediaView picture) {
        return image(picture, size -> size.height() >= SHOWN_HEIGHT || size.width() >= SHOWN_WIDTH);
    }

    static SiteLogo.Image publisher(MediaView picture) {
        return image(picture, size -> size.width() >= PUBLISHER_WIDTH || size.height() >= PUBLISHER_HEIGHT);
    }

    /** The narrowest file that is large enough, else the master. */
    private static SiteLogo.Image image(MediaView picture, Predicate<MediaSize> largeEnough) {
        MediaSize size =
                picture.sizes().stream().filter(largeEnough).findFirst().orElse(picture.master());
        return new SiteLogo.Image(size.url(), size.width(), size.height());
    }
}
