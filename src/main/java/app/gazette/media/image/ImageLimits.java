package app.gazette.media.image;

import java.util.List;

/** What an upload may be and what Gazette makes of it. */
public final class ImageLimits {

    /** Largest upload accepted: 25 MB. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    /** Largest declared size accepted, checked from the header before decoding: 50 megapixels. */
    public static final long MAX_PIXELS = 50_000_000L;

    /** All frames of an animated GIF together (bounds the time spent checking them). */
    public static final long MAX_ANIMATION_PIXELS = 400_000_000L;

    /** The master's longest edge; larger images are scaled down, smaller ones never up. */
    public static final int MASTER_LONG_EDGE = 2560;

    /** Derivative widths, each made only when narrower than the master. */
    public static final List<Integer> DERIVATIVE_WIDTHS = List.of(320, 640, 960, 1280, 1920);

    /** A decoded (subsampled) raster stays under this, so two jobs fit in a 256 MB heap. */
    static final long MAX_DECODED_BYTES = 64L * 1024 * 1024;

    static final float JPEG_QUALITY = 0.82f;

    static final float WEBP_QUALITY = 0.8f;

    private ImageLimits() {}
}
