package app.gazette.syndication.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class MetadataConfig implements WebMvcConfigurer {

    private final PageMetaInterceptor pageMeta;

    MetadataConfig(PageMetaInterceptor pageMeta) {
        this.pageMeta = pageMeta;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(pageMeta);
    }
}
