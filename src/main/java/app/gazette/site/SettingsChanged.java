package app.gazette.site;

/**
 * An admin changed the site settings, inside the saving transaction: {@code what} is "settings" (the
 * settings form), "sections" (the top menu) or "logo".
 */
public record SettingsChanged(String what) {}
