package app.gazette.security;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Replaces Tomcat's error report valve (Spring Boot's, with server.error.include-stacktrace=never)
 * by {@link SafetyHeadersValve}. Runs after Boot's customizer, so its context customizer runs last.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    TomcatErrorPages(@Value("${gazette.media.public-base-url:}") String publicMediaBaseUrl) {
        SafetyHeadersValve.useContentSecurityPolicy(ContentSecurityPolicy.withMediaFrom(publicMediaBaseUrl));
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(SafetyHeadersValve.class.getName());
            }
            Pipeline pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof SafetyHeadersValve)) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new SafetyHeadersValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
