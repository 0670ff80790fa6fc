package org.healthcareershub.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.identity.EmailVerification;
import org.healthcareershub.notifications.domain.CareerNews;
import org.healthcareershub.notifications.domain.NewsRules;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Career news for anyone: the subscribe form ({@code /news}), the confirmation link's page (GET shows a
 * button, POST confirms, so mail scanners that fetch links confirm nothing) and the unsubscribe link's page
 * (GET shows a button; POST, also the one-click POST of a mail program, unsubscribes). Every answer is the
 * same whether or not the address or token is known.
 */
@Controller
class NewsController {

    private final CareerNews news;
    private final CareerCatalog careers;
    private final Geography geography;

    NewsController(CareerNews news, CareerCatalog careers, Geography geography) {
        this.news = news;
        this.careers = careers;
        this.geography = geography;
    }

    @GetMapping("/news")
    String form(Authentication auth, Locale locale, Model model) {
        String email =
                auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName()) ? auth.getName() : "";
        return page(NewsRules.Subscription.empty(email), new FieldErrors(), locale, model);
    }

    @PostMapping("/news")
    String subscribe(
            @ModelAttribute NewsRules.Subscription form,
            Authentication auth,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        FieldErrors errors = new FieldErrors();
        // a signed-in account's own confirmed address needs no link
        boolean confirmed = auth != null && form.email() != null && EmailVerification.confirmed(auth, form.email());
        CareerNews.Request outcome = news.subscribe(form, request.getRemoteAddr(), locale, confirmed, errors);
        switch (outcome) {
            case REFUSED -> response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            case LIMITED -> response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            case MAILED, SUBSCRIBED -> {
                model.addAttribute("outcome", outcome);
                model.addAttribute(
                        "breadcrumbs",
                        List.of(Breadcrumb.link("news.title", "/news"), Breadcrumb.page("news.sent.title")));
                return "notifications/news/sent";
            }
        }
        return page(form, errors, locale, model);
    }

    @GetMapping(CareerNews.CONFIRM_PATH)
    String confirmForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        CareerNews.LinkState state = news.check(token);
        if (state == CareerNews.LinkState.VALID) {
            model.addAttribute("token", token);
        }
        return confirmPage(state, model, response);
    }

    @PostMapping(CareerNews.CONFIRM_PATH)
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return confirmPage(news.confirm(token), model, response);
    }

    @GetMapping(NewsSecurity.ONE_CLICK)
    String unsubscribeForm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return unsubscribePage(model);
    }

    /** The button, and a mail program's one-click POST: the same answer for any token. */
    @PostMapping(NewsSecurity.ONE_CLICK)
    String unsubscribe(@PathVariable String token, Model model) {
        news.unsubscribe(token);
        model.addAttribute("done", true);
        return unsubscribePage(model);
    }

    private String page(NewsRules.Subscription form, FieldErrors errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("account", false);
        model.addAttribute("subscribed", false);
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("regions", geography.regions());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("news.title")));
        return "notifications/news/subscribe";
    }

    private static String confirmPage(CareerNews.LinkState state, Model model, HttpServletResponse response) {
        HttpStatus status = switch (state) {
            case VALID, CONFIRMED -> HttpStatus.OK;
            case USED -> HttpStatus.CONFLICT;
            case EXPIRED -> HttpStatus.GONE;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
        };
        response.setStatus(status.value());
        model.addAttribute("state", state);
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.link("news.title", "/news"), Breadcrumb.page("news.confirm.title")));
        return "notifications/news/confirm";
    }

    private static String unsubscribePage(Model model) {
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("news.title", "/news"), Breadcrumb.page("news.unsubscribe.title")));
        return "notifications/news/unsubscribe";
    }
}
