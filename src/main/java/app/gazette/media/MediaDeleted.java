package app.gazette.media;

/** A picture was deleted from the library, published inside the deleting transaction. */
public record MediaDeleted(long id, String fileName) {}
