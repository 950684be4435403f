package app.gazette.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error is the site's HTML error page, whatever the client accepts: curl's {@code *}{@code /*}
 * gets what a browser gets, so the answer never depends on Accept. Replaces Boot's controller, which
 * answered JSON to {@code *}{@code /*} and HTML to browsers. No exception detail reaches the model.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController extends AbstractErrorController {

    ErrorPageController(ErrorAttributes errorAttributes) {
        super(errorAttributes);
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = getStatus(request);
        response.setStatus(status.value());
        return new ModelAndView("error", getErrorAttributes(request, ErrorAttributeOptions.defaults()), status);
    }
}
