package app.gazette.article;

import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaSize;
import app.gazette.media.MediaView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Dresses the images of a cleaned article body for readers: runs after the allow-list, so srcset,
 * {@code <source>} and {@code <figure>} come only from here. An image alone in its paragraph becomes a
 * {@code <figure>} (its Markdown title, else the library's caption, and the library's credit as the
 * {@code <figcaption>}); a library picture gets its derivatives, WebP ones in a {@code <picture>}, and
 * its size. The first image loads eagerly unless a featured image sits above the body; the rest lazily.
 */
final class BodyPictures {

    /** The article column's width (gazette.css: .columns 72rem, 1rem padding, 17rem sidebar, 1.5rem gap; .content 1.25rem padding and a border). */
    static final String SIZES = "(min-width: 72rem) 782px, (min-width: 56rem) calc(100vw - 370px), calc(100vw - 74px)";

    /** The file named by {@code src}: wide enough for the column on most screens at 1x. */
    static final int SRC_WIDTH = 960;

    private final MediaLibrary library;

    BodyPictures(MediaLibrary library) {
        this.library = library;
    }

    /** Dresses the images of {@code doc} and answers the addresses of those that are not in the library. */
    List<String> dress(Document doc, boolean featuredImage) {
        List<Element> images = doc.select("img[src]");
        if (images.isEmpty()) {
            return List.of();
        }
        Map<String, MediaView> known = library.findByUrls(
                images.stream().map(image -> image.attr("src")).distinct().toList());
        List<String> remote = new ArrayList<>();
        boolean first = true;
        for (Element image : images) {
            MediaView picture = known.get(image.attr("src"));
            if (picture == null) {
                remote.add(image.attr("src"));
            }
            dress(image, picture, first && !featuredImage);
            first = false;
        }
        return remote.stream().distinct().toList();
    }

    private static void dress(Element image, MediaView picture, boolean eager) {
        Element paragraph = aloneIn(image);
        String caption = image.attr("title").strip();
        if (paragraph != null) {
            image.removeAttr("title");
        }
        Element shown = image;
        if (picture != null) {
            shown = fromLibrary(image, picture);
            if (caption.isEmpty()) {
                caption = text(picture.caption());
            }
        }
        if (eager) {
            image.attr("loading", "eager").attr("fetchpriority", "high");
        } else {
            image.attr("loading", "lazy");
        }
        image.attr("decoding", "async");
        if (paragraph != null) {
            figure(paragraph, shown, caption, picture == null ? "" : text(picture.credit()));
        }
    }

    /** Sets the library's files and size on the image; answers the {@code <picture>} around it when WebP files exist. */
    private static Element fromLibrary(Element image, MediaView picture) {
        MediaSize src = picture.atLeast(SRC_WIDTH);
        image.attr("src", src.url()).attr("srcset", picture.srcset()).attr("sizes", SIZES);
        image.attr("width", Integer.toString(src.width())).attr("height", Integer.toString(src.height()));
        if (image.attr("alt").isBlank() && !text(picture.alt()).isEmpty()) {
            image.attr("alt", text(picture.alt()));
        }
        if (picture.webp().isEmpty()) {
            return image;
        }
        Element wrapper = new Element("picture");
        image.before(wrapper);
        wrapper.appendElement("source")
                .attr("type", "image/webp")
                .attr("srcset", picture.webpSrcset())
                .attr("sizes", SIZES);
        wrapper.appendChild(image);
        return wrapper;
    }

    /** Puts a figure in place of the paragraph: the image (or its link) and the caption — credit. */
    private static void figure(Element paragraph, Element shown, String caption, String credit) {
        Element figure = new Element("figure");
        Element link = shown.parent() != null && shown.parent().nameIs("a") ? shown.parent() : null;
        figure.appendChild(link != null ? link : shown);
        String text = caption.isEmpty() || credit.isEmpty() ? caption + credit : caption + " — " + credit;
        if (!text.isEmpty()) {
            figure.appendElement("figcaption").text(text);
        }
        paragraph.replaceWith(figure);
    }

    /** The paragraph the image (or a link holding only the image) is alone in, else null. */
    private static Element aloneIn(Element image) {
        Element holder = image;
        Element parent = image.parent();
        if (parent != null && parent.nameIs("a") && onlyChild(parent, image)) {
            holder = parent;
            parent = parent.parent();
        }
        return parent != null && parent.nameIs("p") && onlyChild(parent, holder) ? parent : null;
    }

    private static boolean onlyChild(Element parent, Element child) {
        for (Node node : parent.childNodes()) {
            boolean blank = node instanceof TextNode text && text.isBlank();
            if (node != child && !blank) {
                return false;
            }
        }
        return true;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
