package org.healthcareershub.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every page whose model has {@code breadcrumbs} the same trail as schema.org {@code BreadcrumbList}
 * JSON-LD ({@code breadcrumbJsonLd}, written by the layout), so search engines read the trail the reader
 * sees, "Home" first and the current page last.
 */
@Component
class BreadcrumbJsonLd implements HandlerInterceptor {

    static final String MODEL_ATTRIBUTE = "breadcrumbJsonLd";

    private final MessageSource messages;
    private final JsonLd jsonLd;
    private final Site site;

    BreadcrumbJsonLd(MessageSource messages, JsonLd jsonLd, Site site) {
        this.messages = messages;
        this.jsonLd = jsonLd;
        this.site = site;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (modelAndView != null
                && modelAndView.getModel().get("breadcrumbs") instanceof List<?> crumbs
                && !crumbs.isEmpty()) {
            List<Breadcrumb> trail = crumbs.stream()
                    .filter(Breadcrumb.class::isInstance)
                    .map(Breadcrumb.class::cast)
                    .toList();
            modelAndView.addObject(MODEL_ATTRIBUTE, jsonLd.write(of(trail, LocaleContextHolder.getLocale())));
        }
    }

    Map<String, Object> of(List<Breadcrumb> trail, Locale locale) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item(1, messages.getMessage("nav.home", null, locale), site.absolute("/")));
        for (Breadcrumb crumb : trail) {
            String name = crumb.text() != null ? crumb.text() : messages.getMessage(crumb.messageKey(), null, locale);
            String url = crumb.href() != null ? site.absolute(crumb.href()) : site.canonical();
            items.add(item(items.size() + 1, name, url));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", "https://schema.org");
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    private static Map<String, Object> item(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }
}
