package app.gazette.security;

import app.gazette.shared.LoginNames;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A login (in its canonical form, {@link LoginNames}) tried from one client address: what a lock applies to. */
@Embeddable
record LoginKey(
        @Column(name = "username") String username,
        @Column(name = "ip") String ip) implements Serializable {

    static final int MAX_USERNAME = 100;
    static final int MAX_IP = 64;

    /** As typed into the form and as the request came: the canonical login, both cut to the columns. */
    static LoginKey of(String username, String ip) {
        return new LoginKey(
                cut(LoginNames.canonical(username), MAX_USERNAME), cut(ip == null ? "unknown" : ip, MAX_IP));
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
