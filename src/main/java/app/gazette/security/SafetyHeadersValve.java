package app.gazette.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The safety headers on every response, set before anything runs: Tomcat's own error reports (what
 * it refuses itself: CONNECT, an encoded "/"), answers sent ahead of Spring Security and error pages
 * included; Spring Security leaves a header already set alone. The report shows no server details.
 */
public class SafetyHeadersValve extends ErrorReportValve {

    /** Set at start by {@link TomcatErrorPages} (Tomcat makes the host's valve by class name). */
    private static volatile String contentSecurityPolicy = ContentSecurityPolicy.SAME_SITE_ONLY;

    private static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "X-XSS-Protection", "0",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY);
    private static final String HSTS = "max-age=31536000 ; includeSubDomains";

    public SafetyHeadersValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    static void useContentSecurityPolicy(String policy) {
        contentSecurityPolicy = policy;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        HEADERS.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        super.invoke(request, response);
    }
}
