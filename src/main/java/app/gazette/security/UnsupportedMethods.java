package app.gazette.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Methods no page takes (PUT, DELETE, PATCH, ...) get 405 with the Allow header, and OPTIONS 204
 * with it, before the forgery checks (which would answer 403); GET, HEAD and POST go on as before.
 * What a path allows is what its controllers map.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class UnsupportedMethods extends OncePerRequestFilter {

    private static final Set<String> PASSED = Set.of("GET", "HEAD", "POST");
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    /** Form posts Spring Security takes itself, with no controller behind them. */
    private static final Set<String> SIGN_IN_POSTS = Set.of("/login", "/logout");
    /** No handler maps this method, so each path's mappings all answer with what they do map. */
    private static final String PROBE = "GAZETTE-PROBE";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnsupportedMethods(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return PASSED.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setHeader("Allow", String.join(", ", allowed(request)));
        if ("OPTIONS".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private Set<String> allowed(HttpServletRequest request) {
        Set<String> mapped = new LinkedHashSet<>(mapped(request));
        if (SIGN_IN_POSTS.contains(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            mapped.add("POST");
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (String method : ORDER) {
            if (mapped.contains(method) || method.equals("HEAD") && mapped.contains("GET")) {
                allowed.add(method);
            }
        }
        allowed.add("OPTIONS");
        return allowed;
    }

    /** The methods the path's controller mappings take; GET for paths of no controller (assets, 404s). */
    private Set<String> mapped(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return Set.of("GET");
        }
        HttpServletRequest probe = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return PROBE;
            }
        };
        Set<String> before = new LinkedHashSet<>(Collections.list(request.getAttributeNames()));
        try {
            ServletRequestPathUtils.parseAndCache(probe);
            return mapping.getHandler(probe) == null ? Set.of("GET") : Set.of("GET", "POST");
        } catch (HttpRequestMethodNotSupportedException e) {
            Set<String> methods = new LinkedHashSet<>();
            e.getSupportedHttpMethods().stream().map(HttpMethod::name).forEach(methods::add);
            return methods;
        } catch (Exception e) {
            return Set.of("GET");
        } finally {
            Collections.list(request.getAttributeNames()).stream()
                    .filter(name -> !before.contains(name))
                    .forEach(request::removeAttribute);
        }
    }
}
