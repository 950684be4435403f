package app.gazette.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one statement of which paths are which: the newsroom (signed in, a session, never cached),
 * operations (actuator), the error page, static assets, media files and reader pages (the rest), with
 * the body each may send. Read by the security chains, the page cache, the caching headers and the body limit.
 */
public final class SiteAreas {

    public enum Area {
        NEWSROOM,
        OPERATIONS,
        ERROR,
        ASSETS,
        /** Uploaded files under /media/: public and stateless like pages, streamed, never buffered or cached in memory. */
        MEDIA,
        /** The Content API under /api/: keyed JSON, answers conditional requests, never kept by the page cache. */
        API,
        READER;

        /** Public areas answer conditional requests and may be kept by shared caches. */
        public boolean isPublic() {
            return this != NEWSROOM && this != OPERATIONS;
        }
    }

    /** The newsroom's paths as Spring Security matchers. */
    public static final String[] NEWSROOM_PATHS = {
        "/admin", "/admin/**", "/login", LoginLockFilter.LOCKED_PAGE, "/logout"
    };
    /** Bodies allowed on reader pages (comments), in the newsroom (articles), and on the uploads by path (the logo: admins only). */
    public static final long READER_BODY_LIMIT = 1024L * 1024;

    public static final long NEWSROOM_BODY_LIMIT = 5L * 1024 * 1024;
    /** A picture (25 MB) and the form around it: any signed-in member may send it (UploadGuard). */
    public static final long MEDIA_UPLOAD_LIMIT = 26L * 1024 * 1024;

    /** A backup carries every picture's files uncompressed: as much as a restore may unpack. */
    public static final long BACKUP_UPLOAD_LIMIT = 2048L * 1024 * 1024;

    public static final Set<String> MEDIA_UPLOADS = Set.of("/admin/media", "/admin/media/upload");
    public static final Map<String, Long> UPLOAD_LIMITS = Map.of(
            "/admin/backup/restore",
            BACKUP_UPLOAD_LIMIT,
            "/admin/import",
            200L * 1024 * 1024,
            "/admin/media",
            MEDIA_UPLOAD_LIMIT,
            "/admin/media/upload",
            MEDIA_UPLOAD_LIMIT,
            "/admin/settings/logo",
            MEDIA_UPLOAD_LIMIT);
    /** Cookies that mean a signed-in browser: Spring Session's and the servlet container's. */
    public static final Set<String> SESSION_COOKIES = Set.of("SESSION", "JSESSIONID");

    /** Where signed-in members write (the sign-in pages are newsroom too, but take only a login form). */
    private static final String WRITING = "/admin";

    private static final List<String> NEWSROOM = List.of(WRITING, "/login", "/logout");
    private static final List<String> ASSETS = List.of("/css/", "/js/");
    private static final String MEDIA = "/media/";
    private static final String API = "/api/";

    private SiteAreas() {}

    /** The area of a path (without the context path). */
    public static Area of(String path) {
        if (NEWSROOM.stream().anyMatch(path::startsWith)) {
            return Area.NEWSROOM;
        }
        if (path.startsWith("/actuator")) {
            return Area.OPERATIONS;
        }
        if (path.startsWith("/error")) {
            return Area.ERROR;
        }
        if (path.startsWith(MEDIA)) {
            return Area.MEDIA;
        }
        if (path.startsWith(API)) {
            return Area.API;
        }
        return ASSETS.stream().anyMatch(path::startsWith) ? Area.ASSETS : Area.READER;
    }

    /** The largest body a request to this path may send. */
    public static long bodyLimit(String path) {
        return UPLOAD_LIMITS.getOrDefault(path, path.startsWith(WRITING) ? NEWSROOM_BODY_LIMIT : READER_BODY_LIMIT);
    }
}
