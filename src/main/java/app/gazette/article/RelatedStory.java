package app.gazette.article;

/** Another visible article sharing labels with the one shown; featured is null without a picture. */
public record RelatedStory(String title, String permalink, String date, String isoTime, FeaturedView featured) {}
