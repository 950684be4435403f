package app.gazette.media.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link MediaStore}, by {@code gazette.media.store}: disk (the default) or s3. */
@Configuration(proxyBeanMethods = false)
class MediaStoreConfig {

    @Bean
    MediaStore mediaStore(MediaProperties media) {
        return switch (media.store()) {
            case DISK -> new DiskMediaStore(media.dir());
            case S3 -> S3MediaStore.create(media.s3());
        };
    }
}
