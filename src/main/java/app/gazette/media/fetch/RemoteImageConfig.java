package app.gazette.media.fetch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fetcher imports use; {@code gazette.media.fetch.allow-loopback} is for tests only. */
@Configuration(proxyBeanMethods = false)
class RemoteImageConfig {

    @Bean(destroyMethod = "close")
    RemoteImageFetcher remoteImageFetcher(@Value("${gazette.media.fetch.allow-loopback:false}") boolean allowLoopback) {
        return new RemoteImageFetcher(FetchLimits.defaults(allowLoopback));
    }
}
