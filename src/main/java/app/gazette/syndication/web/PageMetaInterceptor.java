package app.gazette.syndication.web;

import app.gazette.article.ArticleView;
import app.gazette.site.PageView;
import app.gazette.site.SettingsService;
import app.gazette.site.web.PublicPage;
import app.gazette.syndication.PageMetaBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** After a reader page's controller ran, adds "meta" (description, canonical, OpenGraph, JSON-LD). */
@Component
class PageMetaInterceptor implements HandlerInterceptor {

    private final PageMetaBuilder builder;
    private final SettingsService settings;
    private final MessageSource messages;

    PageMetaInterceptor(PageMetaBuilder builder, SettingsService settings, MessageSource messages) {
        this.builder = builder;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || !isReaderPage(handler) || view.getViewName() == null
                || view.getViewName().startsWith("redirect:")) {
            return;
        }
        Map<String, Object> model = view.getModel();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        var site = settings.current();
        if (model.get("article") instanceof ArticleView article) {
            view.addObject("meta", builder.article(article, base, site.siteTitle()));
        } else if (model.get("page") instanceof PageView<?> page && model.get("basePath") instanceof String path) {
            String heading = (String) model.get("heading");
            String title = heading == null ? site.siteTitle()
                    : messages.getMessage(heading, new Object[] {model.get("headingArgument")},
                            LocaleContextHolder.getLocale());
            String description = heading == null ? site.tagline() : title + " · " + site.siteTitle();
            String canonical = page.number() > 1 ? path + (path.contains("?") ? "&" : "?") + "page=" + page.number()
                    : path;
            view.addObject("meta", builder.list(title, description, base, canonical,
                    heading == null && page.number() == 1, site.siteTitle()));
        }
    }

    private static boolean isReaderPage(Object handler) {
        return handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(PublicPage.class);
    }
}
