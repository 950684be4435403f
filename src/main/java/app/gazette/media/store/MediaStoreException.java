package app.gazette.media.store;

/** The media store could not do what was asked: the disk or the object storage failed or refused. */
public class MediaStoreException extends RuntimeException {

    public MediaStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
