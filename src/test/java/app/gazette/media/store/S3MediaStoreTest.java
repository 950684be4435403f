package app.gazette.media.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.gazette.media.MediaArchive;
import app.gazette.media.MediaArchive.ArchivedFile;
import app.gazette.media.MediaArchive.MediaFileRefused;
import app.gazette.media.image.TestImages;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3 API server (S3Proxy, started here), configured as in production:
 * endpoint override, path-style URLs, static credentials. Each test gets a bucket of its own.
 */
class S3MediaStoreTest extends MediaStoreContract {

    static S3ProxyServer server;
    static S3Client admin;
    static final AtomicInteger buckets = new AtomicInteger();

    S3MediaStore s3Store;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start();
        admin = S3MediaStore.client(server.settings("unused"));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (admin != null) {
            admin.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    MediaStore emptyStore() {
        String bucket = "media-" + buckets.incrementAndGet();
        admin.createBucket(b -> b.bucket(bucket));
        s3Store = S3MediaStore.create(server.settings(bucket));
        return s3Store;
    }

    @AfterEach
    void closeStore() {
        s3Store.close();
    }

    @Test
    void aRestoredFileIsCheckedAsItStreamsIntoTheBucket() throws Exception {
        byte[] jpeg = TestImages.jpeg(64, 48);
        String hash =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
        String key = "2026/12/" + hash.substring(0, 12) + "-harbour-64.jpg";
        MediaArchive archive = new StoreMediaArchive(store);
        ArchivedFile master = new ArchivedFile("image/jpeg", 64, jpeg.length, hash, true);
        byte[] longer = Arrays.copyOf(jpeg, jpeg.length + 1);

        MediaFileRefused refused = catchThrowableOfType(
                MediaFileRefused.class, () -> archive.restoreFile(key, master, new ByteArrayInputStream(longer)));
        archive.restoreFile(key, master, new ByteArrayInputStream(jpeg));

        assertThat(refused.reason()).isEqualTo(MediaFileRefused.Reason.WRONG_SIZE);
        assertThat(read(store.open(key).orElseThrow().stream())).isEqualTo(jpeg);
    }

    @Test
    void aBucketThatDoesNotExistIsAStoreFailureNotAMissingFile() {
        try (S3MediaStore nowhere = S3MediaStore.create(server.settings("no-such-bucket"))) {
            assertThatThrownBy(() -> nowhere.put(KEY, file(PHOTO), "image/jpeg"))
                    .isInstanceOf(MediaStoreException.class);
        }
    }

    @Test
    void gazetteMediaStoreS3ConnectsTheStoreToTheConfiguredService() {
        String bucket = "media-" + buckets.incrementAndGet();
        admin.createBucket(b -> b.bucket(bucket));
        MediaProperties.S3 s3 = server.settings(bucket);

        new ApplicationContextRunner()
                .withUserConfiguration(MediaStoreConfigTest.Media.class)
                .withPropertyValues(
                        "gazette.media.store=s3",
                        "gazette.media.s3.endpoint=" + s3.endpoint(),
                        "gazette.media.s3.bucket=" + bucket,
                        "gazette.media.s3.access-key=" + s3.accessKey(),
                        "gazette.media.s3.secret-key=" + s3.secretKey())
                .run(app -> {
                    MediaStore configured = app.getBean(MediaStore.class);
                    assertThat(configured).isInstanceOf(S3MediaStore.class);
                    configured.put(KEY, file(PHOTO), "image/jpeg");
                });

        assertThat(admin.headObject(h -> h.bucket(bucket).key(KEY)).contentType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void theS3StoreNeedsABucket() {
        assertThatThrownBy(() -> S3MediaStore.create(server.settings(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gazette.media.s3.bucket");
    }

    @Test
    void objectsAreStoredUnderTheirKeysInTheBucket() throws Exception {
        store.put(KEY, file(PHOTO), "image/jpeg");

        assertThat(admin.headObject(h -> h.bucket("media-" + buckets.get()).key(KEY))
                        .contentLength())
                .isEqualTo(PHOTO.length);
    }
}
