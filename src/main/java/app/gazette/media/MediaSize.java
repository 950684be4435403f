package app.gazette.media;

/** One file of a picture as readers fetch it: its width and height in pixels, URL, type and length in bytes. */
public record MediaSize(int width, int height, String url, String contentType, long bytes) {}
