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

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY,
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

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        super.invoke(request, response);
    }
}
