package app.gazette.syndication.web;

import app.gazette.article.ArticleView;
import app.gazette.shared.ListPage;
import app.gazette.shared.web.PublicPage;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteAddress;
import app.gazette.site.SiteLogo;
import app.gazette.site.SiteLogos;
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
import org.springframework.web.util.UriComponentsBuilder;

/** After a reader page's controller ran, adds "meta" (description, canonical, OpenGraph, JSON-LD). */
@Component
class PageMetaInterceptor implements HandlerInterceptor {

    private final PageMetaBuilder builder;
    private final SettingsService settings;
    private final MessageSource messages;
    private final SiteAddress address;
    private final SiteLogos logos;

    PageMetaInterceptor(
            PageMetaBuilder builder,
            SettingsService settings,
            MessageSource messages,
            SiteAddress address,
            SiteLogos logos) {
        this.builder = builder;
        this.settings = settings;
        this.messages = messages;
        this.address = address;
        this.logos = logos;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null
                || !isReaderPage(handler)
                || view.getViewName() == null
                || view.getViewName().startsWith("redirect:")) {
            return;
        }
        Map<String, Object> model = view.getModel();
        String base = address.base();
        var site = settings.current();
        SiteLogo logo = logos.current().orElse(null);
        if (model.get("article") instanceof ArticleView article) {
            view.addObject("meta", builder.article(article, base, site.siteTitle(), logo));
        } else if (model.get("page") instanceof ListPage<?> page && model.get("basePath") instanceof String path) {
            String heading = (String) model.get("heading");
            String title = heading == null
                    ? site.siteTitle()
                    : messages.getMessage(
                            heading, new Object[] {model.get("headingArgument")}, LocaleContextHolder.getLocale());
            String description = heading == null ? site.tagline() : title + " · " + site.siteTitle();
            view.addObject(
                    "meta",
                    builder.list(
                            title,
                            description,
                            base,
                            canonical(path, request),
                            heading == null && !page.hasNewer(),
                            site.siteTitle(),
                            logo));
        }
    }

    /** A list's own URL: its path and the paging parameter it was read with. */
    private static String canonical(String path, HttpServletRequest request) {
        for (String name : new String[] {"before", "after", "page"}) {
            String value = request.getParameter(name);
            if (value != null && (!"page".equals(name) || isLaterPage(value))) {
                return UriComponentsBuilder.fromPath(path)
                        .queryParam(name, value)
                        .encode()
                        .build()
                        .toUriString();
            }
        }
        return path;
    }

    /** A page number past the first (others show the first page). */
    private static boolean isLaterPage(String number) {
        try {
            return Integer.parseInt(number) > 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isReaderPage(Object handler) {
        return handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(PublicPage.class);
    }
}
