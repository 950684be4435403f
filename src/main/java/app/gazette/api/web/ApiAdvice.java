package app.gazette.api.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.json.JsonMapper;

/** Errors of the API's controllers as JSON: a problem as itself, a malformed id as 404, anything else as 500. */
@RestControllerAdvice(assignableTypes = ContentApiController.class)
class ApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiAdvice.class);

    private final ApiErrors errors;

    ApiAdvice(JsonMapper json, MessageSource messages) {
        this.errors = new ApiErrors(json, messages);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> problem(ApiProblem problem) {
        return ResponseEntity.status(problem.status())
                .header("Cache-Control", ApiErrors.NO_STORE)
                .body(errors.body(problem));
    }

    /** Only path variables are converted by Spring here: an id that is no number names no article. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(new ApiProblem(404, "api.error.article.notFound"));
    }

    /** Spring's own refusals keep their status; anything else is logged and answered 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> failure(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().value() < 500) {
            return problem(ApiProblem.of(refusal.getStatusCode().value()));
        }
        log.error("Content API request failed", e);
        return problem(ApiProblem.of(500));
    }
}
