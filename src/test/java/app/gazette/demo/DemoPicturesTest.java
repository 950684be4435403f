package app.gazette.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DemoPicturesTest {

    @Test
    void drawsALandscapePictureLargeEnoughForEveryDerivative() throws Exception {
        Path file = DemoPictures.draw(7);
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(1920);
            assertThat(image.getHeight()).isEqualTo(image.getWidth() * 9 / 16);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void eachSeedHasItsOwnPictureAndTheSameSeedTheSamePicture() {
        BufferedImage a = DemoPictures.paint(1, 160, 90);
        BufferedImage again = DemoPictures.paint(1, 160, 90);
        BufferedImage b = DemoPictures.paint(2, 160, 90);
        assertThat(pixels(a)).isEqualTo(pixels(again)).isNotEqualTo(pixels(b));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
