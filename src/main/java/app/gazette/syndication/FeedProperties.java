package app.gazette.syndication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feed settings ({@code gazette.feed.*}): whole articles or their excerpts. Kept out of
 * GazetteProperties so the settings page can take it over without touching the site's record.
 */
@ConfigurationProperties("gazette.feed")
public record FeedProperties(@DefaultValue("true") boolean fullContent) {}
