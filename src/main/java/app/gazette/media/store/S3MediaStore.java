package app.gazette.media.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Media as objects in one bucket of S3-compatible storage (AWS S3, MinIO, Ceph RGW, Garage,
 * Cloudflare R2), through AWS SDK v2 with an endpoint override and path-style URLs. Ranges are read
 * with ranged GETs, so a byte range of a large file costs only those bytes.
 */
public class S3MediaStore implements MediaStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3MediaStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    public static S3MediaStore create(MediaProperties.S3 settings) {
        if (!StringUtils.hasText(settings.bucket())) {
            throw new IllegalArgumentException("gazette.media.s3.bucket must be set for gazette.media.store=s3");
        }
        return new S3MediaStore(client(settings), settings.bucket());
    }

    /**
     * Checksums only where the API requires them: the SDK's default (a CRC trailer on every upload)
     * is not understood by every S3-compatible server.
     */
    static S3Client client(MediaProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(settings));
        if (StringUtils.hasText(settings.endpoint())) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(MediaProperties.S3 settings) {
        if (!StringUtils.hasText(settings.accessKey())) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    @Override
    public void put(String key, Path file, String contentType) {
        String type = MediaKeys.requireContentType(contentType);
        MediaKeys.requireValid(key);
        call(
                "store " + key,
                () -> s3.putObject(p -> p.bucket(bucket).key(key).contentType(type), RequestBody.fromFile(file)));
    }

    /** Spooled to a temporary file first, so that the SDK can send it again when a try fails. */
    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        MediaKeys.requireContentType(contentType);
        MediaKeys.requireValid(key);
        Path spool = null;
        try {
            spool = Files.createTempFile("gazette-media", ".upload");
            Files.copy(LimitedInputStream.exactly(content, length), spool, StandardCopyOption.REPLACE_EXISTING);
            if (content.read() >= 0) {
                throw new IOException("more than " + length + " bytes");
            }
            put(key, spool, contentType);
        } catch (IOException e) {
            throw new MediaStoreException("could not store " + key, e);
        } finally {
            if (spool != null) {
                spool.toFile().delete();
            }
        }
    }

    @Override
    public Optional<StoredMedia> open(String key) {
        MediaKeys.requireValid(key);
        return head(key)
                .map(head -> new S3File(
                        this,
                        key,
                        head.contentLength(),
                        head.contentType() == null ? "application/octet-stream" : head.contentType(),
                        quoted(head.eTag()),
                        head.lastModified()));
    }

    @Override
    public boolean exists(String key) {
        return head(MediaKeys.requireValid(key)).isPresent();
    }

    @Override
    public void delete(String key) {
        MediaKeys.requireValid(key);
        call("delete " + key, () -> s3.deleteObject(d -> d.bucket(bucket).key(key)));
    }

    @Override
    public Stream<String> keys() {
        Iterator<S3Object> objects =
                s3.listObjectsV2Paginator(l -> l.bucket(bucket)).contents().iterator();
        Iterator<String> keys = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return call("list " + bucket, objects::hasNext);
            }

            @Override
            public String next() {
                return call("list " + bucket, objects::next).key();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(keys, Spliterator.ORDERED), false)
                .filter(MediaKeys::isValid);
    }

    @Override
    public void close() {
        s3.close();
    }

    private Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(s3.headObject(h -> h.bucket(bucket).key(key)));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new MediaStoreException("could not open " + key, e);
        } catch (SdkException e) {
            throw new MediaStoreException("could not open " + key, e);
        }
    }

    private static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw new MediaStoreException("could not " + what, e);
        }
    }

    private static String quoted(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }

    /** Only the bytes asked for, and only of the version opened (If-Match on its ETag). */
    private InputStream read(String key, String etag, long start, long length) throws IOException {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        String range = "bytes=" + start + "-" + (start + length - 1);
        try {
            return s3.getObject(g -> g.bucket(bucket).key(key).range(range).ifMatch(etag));
        } catch (SdkException e) {
            throw new IOException("could not read " + key, e);
        }
    }

    private record S3File(
            S3MediaStore store, String key, long length, String contentType, String etag, Instant lastModified)
            implements StoredMedia {

        @Override
        public InputStream stream(long start, long length) throws IOException {
            LimitedInputStream.checkRange(start, length, this.length);
            return store.read(key, etag, start, length);
        }
    }
}
