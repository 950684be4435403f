package app.gazette.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** The API's one error shape, {@code {"errors":[{"message":…,"type":…}]}}, never cached. */
class ApiErrors {

    static final String NO_STORE = "no-store";

    private final JsonMapper json;
    private final MessageSource messages;

    ApiErrors(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    Map<String, Object> body(ApiProblem problem) {
        String message =
                messages.getMessage(problem.messageKey(), problem.arguments(), LocaleContextHolder.getLocale());
        return ArticleJson.object("errors", List.of(ArticleJson.object("message", message, "type", problem.type())));
    }

    /** Writes the problem as the whole response, unless one was already sent. */
    void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setHeader("Cache-Control", NO_STORE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body(problem)));
        response.flushBuffer();
    }
}
