package app.gazette.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A reader page as the full filter chain answered it: status 200, its headers (the safety headers
 * included), its bytes and a gzipped copy made once. Replaying it sends the same response (its
 * headers replace any already set, such as the safety headers Tomcat sets on every response).
 */
record CachedPage(
        ContentVersion.Key version,
        Instant stored,
        String contentType,
        Locale locale,
        List<Header> headers,
        String etag,
        byte[] plain,
        byte[] gzipped) {

    /** Headers that belong to one exchange, or that the replay sets itself. */
    private static final Set<String> OWN = Set.of(
            "date",
            "content-length",
            "content-type",
            "content-encoding",
            "transfer-encoding",
            "vary",
            "connection",
            "keep-alive",
            "etag",
            "x-request-id");

    private static final int GZIP_MIN_BYTES = 256;

    static CachedPage of(ContentVersion.Key version, Instant stored, Capture response) {
        List<Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!OWN.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
            }
        }
        byte[] plain = response.getContentAsByteArray();
        byte[] gzipped = plain.length >= GZIP_MIN_BYTES ? gzip(plain) : null;
        return new CachedPage(
                version,
                stored,
                response.getContentType(),
                response.locale,
                List.copyOf(headers),
                response.getHeader("ETag"),
                plain,
                gzipped);
    }

    int weight() {
        return plain.length + (gzipped == null ? 0 : gzipped.length) + 512;
    }

    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<String> written = new HashSet<>();
        for (Header header : headers) {
            if (written.add(header.name().toLowerCase(Locale.ROOT))) {
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        response.setHeader("Vary", "Accept-Encoding");
        if (etag != null) {
            response.setHeader("ETag", etag);
            if (NotModified.check(request, etag, -1)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentType(contentType);
        if (locale != null) {
            response.setLocale(locale);
        }
        boolean compressed = gzipped != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] body = compressed ? gzipped : plain;
        if (compressed) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equals("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    record Header(String name, String value) {}

    /** A response kept in memory as the chain writes it, noting the locale it was given. */
    static final class Capture extends ContentCachingResponseWrapper {

        private Locale locale;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            super.setLocale(locale);
            this.locale = locale;
        }
    }
}
