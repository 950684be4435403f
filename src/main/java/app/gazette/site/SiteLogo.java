package app.gazette.site;

import java.util.List;
import java.util.Optional;

/**
 * The site logo as pages show it: {@code shown}, the file for the masthead and the settings page;
 * {@code publisher}, the file search engines get as the publisher's logo (fills Google's 600 x 60
 * box at least one way); {@code icons}, square PNG favicons, smallest first (empty
 * when they could not be made: pages then link the default icon). URLs may be relative
 * to the site (/media/...) or absolute (a CDN).
 */
public record SiteLogo(long mediaId, Image shown, Image publisher, List<Icon> icons) {

    public SiteLogo {
        icons = List.copyOf(icons);
    }

    /** One file of the logo: its URL, width and height in pixels. */
    public record Image(String url, int width, int height) {}

    /** A square icon {@code size} px wide, with its purpose: {@code icon} or {@code apple-touch-icon}. */
    public record Icon(int size, String url, String rel) {

        public String sizes() {
            return size + "x" + size;
        }
    }

    /** The icon browsers ask /favicon.ico for: the smallest (none when they could not be made). */
    public Optional<Icon> favicon() {
        return icons.stream().findFirst();
    }
}
