package app.gazette.site;

import java.time.Instant;

/** The site settings were saved (values, logo or menu), inside the saving transaction; title and tagline as saved. */
public record SiteChanged(String title, String tagline, Instant at) {}
