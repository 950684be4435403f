package app.gazette.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class IconMakerTest {

    /** A red banner four times as wide as it is tall. */
    static BufferedImage banner() {
        BufferedImage image = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 400, 100);
        g.dispose();
        return image;
    }

    @Test
    void aWideLogoBecomesASquarePngPaddedAboveAndBelowOnTransparency() throws IOException {
        BufferedImage icon = ImageIO.read(new ByteArrayInputStream(IconMaker.png(banner(), 32, false)));

        assertThat(icon.getWidth()).isEqualTo(32);
        assertThat(icon.getHeight()).isEqualTo(32);
        assertThat(icon.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(icon, 16, 0)).isZero();
        assertThat(alpha(icon, 16, 31)).isZero();
        // 32 x 8 in the middle: the proportions are kept
        assertThat(new Color(icon.getRGB(0, 16), true)).isEqualTo(Color.RED);
        assertThat(new Color(icon.getRGB(31, 16), true)).isEqualTo(Color.RED);
        assertThat(alpha(icon, 16, 11)).isZero();
    }

    @Test
    void appleTouchIconsArePaddedWithWhiteAndSmallLogosAreScaledUp() throws IOException {
        BufferedImage small = banner().getSubimage(0, 0, 40, 10);
        BufferedImage icon = ImageIO.read(new ByteArrayInputStream(IconMaker.png(small, 180, true)));

        assertThat(icon.getWidth()).isEqualTo(180);
        assertThat(icon.getHeight()).isEqualTo(180);
        assertThat(new Color(icon.getRGB(90, 2), true)).isEqualTo(Color.WHITE);
        assertThat(new Color(icon.getRGB(2, 90), true)).isEqualTo(Color.RED);
        assertThat(new Color(icon.getRGB(177, 90), true)).isEqualTo(Color.RED);
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y), true).getAlpha();
    }
}
