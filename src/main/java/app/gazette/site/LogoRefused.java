package app.gazette.site;

import org.springframework.http.HttpStatus;

/** A logo upload the media library refused: the message the admin is told and the answer's status. */
public class LogoRefused extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] messageArguments;

    public LogoRefused(HttpStatus status, String messageKey, Object[] messageArguments, Throwable cause) {
        super("logo refused: " + messageKey, cause);
        this.status = status;
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
