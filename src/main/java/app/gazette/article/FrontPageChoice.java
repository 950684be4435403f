package app.gazette.article;

import java.time.Instant;

/** An editor's front-page choice for one article: the lead (until a time, or null: until replaced), featured. */
public record FrontPageChoice(boolean lead, Instant leadUntil, boolean featured) {}
