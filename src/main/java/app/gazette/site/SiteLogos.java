package app.gazette.site;

import java.io.IOException;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The site logo's picture. The settings only keep its id ({@link SettingsService#setLogo}); the
 * media feature, which keeps pictures, implements this, so the settings never depend on it.
 */
public interface SiteLogos {

    /**
     * Adds the uploaded file to the media library by {@code username}, makes its icons and then
     * makes it the site logo.
     *
     * @throws LogoRefused when the file is not a picture the library takes (nothing is kept)
     */
    SiteLogo upload(MultipartFile file, String username) throws IOException;

    /** The logo in effect now; empty when none is set. Kept while public content stays the same. */
    Optional<SiteLogo> current();
}
