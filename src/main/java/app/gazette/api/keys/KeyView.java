package app.gazette.api.keys;

import java.time.Instant;

/** A content key as the newsroom lists it: never its secret, only the secret's last characters. */
public record KeyView(long id, String name, String hint, Instant createdAt, Instant issuedAt) {}
