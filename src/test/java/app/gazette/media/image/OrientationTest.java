package app.gazette.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationTest {

    static final int MARK = 0xffff0000;

    @ParameterizedTest(name = "orientation {0} puts the top-left pixel at ({1},{2}) of {3}x{4}")
    @CsvSource({
        "1, 0, 0, 3, 2",
        "2, 2, 0, 3, 2",
        "3, 2, 1, 3, 2",
        "4, 0, 1, 3, 2",
        "5, 0, 0, 2, 3",
        "6, 1, 0, 2, 3",
        "7, 1, 2, 2, 3",
        "8, 0, 2, 2, 3"
    })
    void eachExifOrientationTurnsAndMirrorsThePixels(int orientation, int x, int y, int width, int height) {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, MARK);

        BufferedImage upright = Orientation.apply(stored, orientation);

        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                boolean marked = upright.getRGB(column, row) == MARK;
                assertThat(marked).as("(%d,%d)", column, row).isEqualTo(column == x && row == y);
            }
        }
    }

    @Test
    void theOrientationIsReadFromTheJpegsExif(@TempDir Path temp) throws Exception {
        Path photo = Files.write(temp.resolve("p.jpg"), TestImages.withExif(TestImages.jpeg(40, 20), 8));
        Path plain = Files.write(temp.resolve("q.jpg"), TestImages.jpeg(40, 20));

        assertThat(Orientation.of(photo)).isEqualTo(8);
        assertThat(Orientation.of(plain)).isEqualTo(Orientation.UPRIGHT);
    }
}
