package app.gazette.operations;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.MDC;

/**
 * The first thing a request meets: its id, from the proxy's X-Request-Id when that is a plain token (at most
 * 64 letters, digits, '-', '_' or '.'; anything else could forge log lines), otherwise a new random one, is put
 * in the logging MDC as {@value #MDC_KEY} while the request runs and sent back in X-Request-Id, on every answer
 * (pages from the page cache and Tomcat's own error reports included).
 */
public class RequestIdValve extends ValveBase {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public RequestIdValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String id = idFor(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            getNext().invoke(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The proxy's id when it is a plain token, else a new one (32 hex digits). */
    static String idFor(String given) {
        if (given != null && TOKEN.matcher(given).matches()) {
            return given;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%016x%016x", random.nextLong(), random.nextLong());
    }
}
