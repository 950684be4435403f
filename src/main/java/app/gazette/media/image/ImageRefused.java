package app.gazette.media.image;

import org.springframework.http.HttpStatus;

/**
 * An upload that is not turned into a picture, with the reason the uploader is told: its message
 * key (argument 0 is the original file name) and the HTTP status of the answer. Nothing of the
 * upload is kept when this is thrown.
 */
public final class ImageRefused extends RuntimeException {

    /** Why an upload was refused: the message key and status each maps to. */
    public enum Reason {
        /** Zero bytes. */
        EMPTY("media.refused.empty", HttpStatus.BAD_REQUEST),
        /** Not a JPEG, PNG, GIF or WebP by its bytes: SVG, HTML, PDF, anything else. */
        UNSUPPORTED_TYPE("media.refused.type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        /** Looks like an image but cannot be decoded: truncated, damaged or malformed. */
        CORRUPT("media.refused.corrupt", HttpStatus.BAD_REQUEST),
        /** Over {@link ImageLimits#MAX_BYTES}. */
        TOO_LARGE("media.refused.tooLarge", HttpStatus.CONTENT_TOO_LARGE),
        /** Declares more than {@link ImageLimits#MAX_PIXELS}: refused before decoding. */
        TOO_MANY_PIXELS("media.refused.tooManyPixels", HttpStatus.CONTENT_TOO_LARGE),
        /** The processing queue is full or the image took too long: try again later. */
        BUSY("media.refused.busy", HttpStatus.SERVICE_UNAVAILABLE);

        private final String messageKey;
        private final HttpStatus status;

        Reason(String messageKey, HttpStatus status) {
            this.messageKey = messageKey;
            this.status = status;
        }

        public String messageKey() {
            return messageKey;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final Reason reason;
    private final String fileName;

    public ImageRefused(Reason reason, String fileName) {
        this(reason, fileName, null);
    }

    public ImageRefused(Reason reason, String fileName, Throwable cause) {
        super("image refused: " + reason, cause);
        this.reason = reason;
        this.fileName = fileName == null ? "" : fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    public HttpStatus status() {
        return reason.status();
    }

    /** The arguments of the message: the original file name (as the uploader named it). */
    public Object[] messageArguments() {
        return new Object[] {fileName};
    }
}
