package app.gazette.media.web;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpRange;

/**
 * What a Range header asks of an object of {@code total} bytes: all of it (no header, another unit,
 * or several ranges, which are answered whole), one satisfiable range (206), or nothing it has (416).
 */
record RequestedRange(Kind kind, long start, long length) {

    enum Kind {
        WHOLE,
        PART,
        UNSATISFIABLE
    }

    private static final RequestedRange UNSATISFIABLE = new RequestedRange(Kind.UNSATISFIABLE, 0, 0);

    static RequestedRange of(String header, long total) {
        RequestedRange whole = new RequestedRange(Kind.WHOLE, 0, total);
        if (header == null || !header.strip().toLowerCase(Locale.ROOT).startsWith("bytes=")) {
            return whole;
        }
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(header.strip());
        } catch (IllegalArgumentException malformed) {
            return UNSATISFIABLE;
        }
        if (ranges.size() > 1) {
            return whole;
        }
        if (ranges.isEmpty()) {
            return UNSATISFIABLE;
        }
        long start = ranges.get(0).getRangeStart(total);
        long end = ranges.get(0).getRangeEnd(total);
        if (start < 0 || start >= total || end < start) {
            return UNSATISFIABLE;
        }
        return new RequestedRange(Kind.PART, start, end - start + 1);
    }

    /** The Content-Range of a 206 or a 416. */
    String contentRange(long total) {
        return kind == Kind.PART ? "bytes " + start + "-" + (start + length - 1) + "/" + total : "bytes */" + total;
    }
}
