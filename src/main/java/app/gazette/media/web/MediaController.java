package app.gazette.media.web;

import app.gazette.media.store.MediaKeys;
import app.gazette.media.store.MediaStore;
import app.gazette.media.store.MediaStoreException;
import app.gazette.media.store.StoredMedia;
import app.gazette.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Media files for everyone at /media/KEY, streamed from the store in pieces (never whole in memory):
 * kept a year by browsers and CDNs (a key names its content, so it never changes), answered 304 to a
 * matching ETag, one byte range at a time (206, or 416 past the end), HEAD without a body. Only
 * pictures are shown inline; anything else is a download. No session, and not a page for the page cache.
 */
@Controller
class MediaController {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    static final int CHUNK = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(MediaController.class);

    private final MediaStore store;

    MediaController(MediaStore store) {
        this.store = store;
    }

    @RequestMapping(
            path = "/media/{*key}",
            method = {RequestMethod.GET, RequestMethod.HEAD})
    void serve(@PathVariable String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = key.startsWith("/") ? key.substring(1) : key;
        if (!MediaKeys.isValid(name)) {
            throw new NotFoundException();
        }
        StoredMedia media;
        try {
            media = store.open(name).orElseThrow(NotFoundException::new);
        } catch (MediaStoreException e) {
            unavailable(response, e);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        if (new ServletWebRequest(request, response)
                .checkNotModified(media.etag(), media.lastModified().toEpochMilli())) {
            return;
        }
        RequestedRange range = RequestedRange.of(
                ifRangeMatches(request, media) ? request.getHeader(HttpHeaders.RANGE) : null, media.length());
        if (range.kind() == RequestedRange.Kind.UNSATISFIABLE) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, range.contentRange(media.length()));
            response.setContentLength(0);
            return;
        }
        if (range.kind() == RequestedRange.Kind.PART) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader(HttpHeaders.CONTENT_RANGE, range.contentRange(media.length()));
        }
        contentType(response, media.contentType());
        response.setContentLengthLong(range.length());
        if (!"HEAD".equals(request.getMethod())) {
            send(media, range, response);
        }
    }

    /**
     * Copies in pieces. A client that goes away ends the copy quietly; a store that fails midway is
     * thrown on, so that the connection is cut rather than a short body passed off as whole.
     */
    private void send(StoredMedia media, RequestedRange range, HttpServletResponse response) throws IOException {
        InputStream in;
        try {
            in = media.stream(range.start(), range.length());
        } catch (IOException e) {
            unavailable(response, e);
            return;
        }
        try (in) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[CHUNK];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                try {
                    out.write(buffer, 0, read);
                } catch (IOException clientGone) {
                    return;
                }
            }
        }
    }

    /** A Range applies only while If-Range, when sent, names the current ETag. */
    private static boolean ifRangeMatches(HttpServletRequest request, StoredMedia media) {
        String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        return ifRange == null || ifRange.strip().equals(media.etag());
    }

    /** Pictures inline (but never SVG, which may hold script); anything else only as a download. */
    private static void contentType(HttpServletResponse response, String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("image/") && !lower.startsWith("image/svg")) {
            response.setContentType(type);
        } else {
            response.setContentType("application/octet-stream");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment");
        }
    }

    private static void unavailable(HttpServletResponse response, Exception e) throws IOException {
        log.warn("media store unavailable: {}", e.toString());
        response.reset();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
