package app.gazette.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/** A login (lower-cased) tried from one client address: what a lock applies to. */
@Embeddable
record LoginKey(
        @Column(name = "username") String username,
        @Column(name = "ip") String ip) implements Serializable {

    static final int MAX_USERNAME = 100;
    static final int MAX_IP = 64;

    /** As typed into the form and as the request came: trimmed, lower-cased and cut to the columns. */
    static LoginKey of(String username, String ip) {
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return new LoginKey(cut(login, MAX_USERNAME), cut(ip == null ? "unknown" : ip, MAX_IP));
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
