package app.gazette.webhook;

import java.time.Clock;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfig {

    @Bean(destroyMethod = "close")
    WebhookSender webhookSender(Clock clock) {
        return new WebhookSender(SystemDefaultDnsResolver.INSTANCE, clock);
    }
}
