package app.gazette.media.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** gazette.media.* picks the store and says where media are read from. The S3 choice: S3MediaStoreTest. */
class MediaStoreConfigTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MediaProperties.class)
    @Import({MediaStoreConfig.class, MediaUrls.class})
    static class Media {}

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Media.class);

    @Test
    void byDefaultMediaAreFilesInTheDataFolderServedFromThisSite() {
        context.run(app -> {
            assertThat(app).getBean(MediaStore.class).isInstanceOf(DiskMediaStore.class);
            assertThat(app.getBean(MediaProperties.class).dir().normalize()).isEqualTo(Path.of("data", "media"));
            assertThat(app.getBean(MediaUrls.class).of("2026/12/a-640.jpg")).isEqualTo("/media/2026/12/a-640.jpg");
        });
    }

    @Test
    void theDiskStoreUsesTheConfiguredFolder(@TempDir Path dir) {
        context.withPropertyValues("gazette.media.store=disk", "gazette.media.dir=" + dir)
                .run(app -> {
                    app.getBean(MediaStore.class).put("a.gif", Path.of(write(dir)), "image/gif");
                    assertThat(dir.resolve("a.gif")).exists();
                });
    }

    @Test
    void withAPublicBaseUrlMediaAreFetchedFromThere() {
        context.withPropertyValues("gazette.media.public-base-url=https://media.example.org/gazette/")
                .run(app -> assertThat(app.getBean(MediaUrls.class).of("2026/12/a-640.jpg"))
                        .isEqualTo("https://media.example.org/gazette/2026/12/a-640.jpg"));
    }

    @Test
    void anUnknownStoreOrAnS3StoreWithoutABucketStopsTheStart() {
        context.withPropertyValues("gazette.media.store=ftp")
                .run(app -> assertThat(app).hasFailed());
        context.withPropertyValues("gazette.media.store=s3")
                .run(app -> assertThat(app).getFailure().rootCause().hasMessageContaining("gazette.media.s3.bucket"));
    }

    private static String write(Path dir) throws IOException {
        return Files.write(dir.resolve("upload.bin"), new byte[] {71, 73, 70}).toString();
    }
}
