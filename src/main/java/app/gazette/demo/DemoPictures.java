package app.gazette.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Pictures for the demo articles, drawn here rather than downloaded: a landscape (sky, sun, three
 * ranges of hills, a river) whose colours and shapes follow a seed, so each article gets its own
 * picture and every start draws the same one.
 */
final class DemoPictures {

    static final int WIDTH = 2400;
    static final int HEIGHT = 1350;

    private DemoPictures() {}

    /** A new PNG file holding the picture for {@code seed}; the caller deletes it. */
    static Path draw(long seed) throws IOException {
        BufferedImage image = paint(seed, WIDTH, HEIGHT);
        Path file = Files.createTempFile("gazette-demo-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static BufferedImage paint(long seed, int width, int height) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = (float) random.nextDouble();
            g.setPaint(new GradientPaint(
                    0,
                    0,
                    Color.getHSBColor(hue, 0.55f, 0.55f),
                    0,
                    height * 0.7f,
                    Color.getHSBColor(hue + 0.08f, 0.35f, 0.98f)));
            g.fillRect(0, 0, width, height);
            int sun = height / 6;
            g.setColor(Color.getHSBColor(0.12f, 0.45f, 1f));
            g.fillOval((int) (width * (0.15 + 0.7 * random.nextDouble())), height / 6, sun, sun);
            for (int range = 0; range < 3; range++) {
                float shade = 0.55f - range * 0.15f;
                g.setColor(Color.getHSBColor(hue + 0.35f + range * 0.03f, 0.45f, shade));
                g.fill(hills(random, width, height, height * (0.45 + range * 0.15), height * (0.18 - range * 0.04)));
            }
            g.setColor(Color.getHSBColor(hue + 0.02f, 0.3f, 0.95f));
            g.setStroke(new BasicStroke(height / 40f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(river(random, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Path2D hills(SplittableRandom random, int width, int height, double base, double amplitude) {
        Path2D path = new Path2D.Double();
        path.moveTo(0, height);
        int steps = 8;
        double previous = base;
        path.lineTo(0, previous);
        for (int i = 1; i <= steps; i++) {
            double x = width * i / (double) steps;
            double y = base - amplitude * random.nextDouble();
            path.quadTo(x - width / (2.0 * steps), Math.min(previous, y) - amplitude * 0.3, x, y);
            previous = y;
        }
        path.lineTo(width, height);
        path.closePath();
        return path;
    }

    private static Path2D river(SplittableRandom random, int width, int height) {
        Path2D path = new Path2D.Double();
        double x = width * (0.3 + 0.4 * random.nextDouble());
        path.moveTo(x, height * 0.78);
        path.curveTo(x - width * 0.2, height * 0.85, x + width * 0.25, height * 0.92, x - width * 0.05, height);
        return path;
    }
}
