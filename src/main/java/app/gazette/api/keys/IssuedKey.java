package app.gazette.api.keys;

/** A key just made or regenerated, with its secret: shown once, never stored. */
public record IssuedKey(long id, String name, String secret) {}
