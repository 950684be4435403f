package app.gazette.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/** A reader's GET as the page sees it: only the query parameters it reads ({@link PageQuery}). */
final class CanonicalRequest extends HttpServletRequestWrapper {

    private final PageQuery query;

    CanonicalRequest(HttpServletRequest request, PageQuery query) {
        super(request);
        this.query = query;
    }

    @Override
    public String getQueryString() {
        return query.query();
    }

    @Override
    public String getParameter(String name) {
        String[] values = query.parameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(query.parameters());
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(query.parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = query.parameters().get(name);
        return values == null ? null : values.clone();
    }
}
