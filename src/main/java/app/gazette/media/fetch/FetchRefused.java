package app.gazette.media.fetch;

/** A remote picture that was not fetched, with the reason an import report shows. */
public class FetchRefused extends Exception {

    /** Why a fetch failed; each has a message key {@code media.fetch.<name in lower case>}. */
    public enum Reason {
        BAD_ADDRESS,
        INTERNAL_ADDRESS,
        UNREACHABLE,
        HTTP_ERROR,
        TOO_MANY_REDIRECTS,
        TOO_LARGE,
        TOO_SLOW,
        NOT_AN_IMAGE;

        public String messageKey() {
            return "media.fetch." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public FetchRefused(Reason reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
