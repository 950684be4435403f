package app.gazette.media.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where media are kept and from where readers fetch them ({@code gazette.media.*}): the store,
 * its folder on disk, the S3 settings, and the public base URL of the files when they are served
 * from elsewhere than this site's /media/ (a CDN or the bucket itself); the CSP allows that URL's host.
 */
@ConfigurationProperties("gazette.media")
public record MediaProperties(
        @DefaultValue("disk") Store store,
        @DefaultValue("./data/media") Path dir,
        String publicBaseUrl,
        @DefaultValue S3 s3) {

    public enum Store {
        DISK,
        S3
    }

    /**
     * Any S3-compatible service: endpoint empty for AWS itself, else e.g. http://minio:9000 or
     * https://ACCOUNT.r2.cloudflarestorage.com. Path-style URLs (endpoint/bucket/key) suit MinIO,
     * Ceph and Garage; without an access key the SDK's usual chain (environment, profile, instance role) applies.
     */
    public record S3(
            String endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            String accessKey,
            String secretKey,
            @DefaultValue("true") boolean pathStyle) {}
}
