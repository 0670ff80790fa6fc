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
import org.healthcareershub.notifications.domain.NewsSubscriber;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Career news from the account ({@code /account/news}): the signed-in address subscribes, changes its
 * choices or stops. An address the account has confirmed needs no link; any other gets one, as on /news.
 */
@Controller
class AccountNewsController {

    private final CareerNews news;
    private final CareerCatalog careers;
    private final Geography geography;

    AccountNewsController(CareerNews news, CareerCatalog careers, Geography geography) {
        this.news = news;
        this.careers = careers;
        this.geography = geography;
    }

    @GetMapping("/account/news")
    String show(Authentication auth, Locale locale, Model model) {
        NewsRules.Subscription form = news.subscriptionOf(auth.getName())
                .map(s -> new NewsRules.Subscription(
                        auth.getName(),
                        List.copyOf(s.topics().careers().values()),
                        List.copyOf(s.topics().regions().values())))
                .orElse(NewsRules.Subscription.empty(auth.getName()));
        return page(auth, form, new FieldErrors(), locale, model);
    }

    @PostMapping("/account/news")
    String subscribe(
            @ModelAttribute NewsRules.Subscription chosen,
            Authentication auth,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        NewsRules.Subscription form = new NewsRules.Subscription(auth.getName(), chosen.careers(), chosen.regions());
        FieldErrors errors = new FieldErrors();
        CareerNews.Request outcome = news.subscribe(
                form, request.getRemoteAddr(), locale, EmailVerification.confirmed(auth, auth.getName()), errors);
        switch (outcome) {
            case REFUSED -> response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            case LIMITED -> response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            case MAILED, SUBSCRIBED -> {
                redirect.addFlashAttribute("notice", "news.account." + outcome);
                return "redirect:/account/news";
            }
        }
        return page(auth, form, errors, locale, model);
    }

    @PostMapping("/account/news/stop")
    String stop(Authentication auth, RedirectAttributes redirect) {
        news.unsubscribeAddress(auth.getName());
        redirect.addFlashAttribute("notice", "news.account.stopped");
        return "redirect:/account/news";
    }

    private String page(
            Authentication auth, NewsRules.Subscription form, FieldErrors errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("account", true);
        model.addAttribute(
                "subscribed",
                news.subscriptionOf(auth.getName()).map(NewsSubscriber::active).orElse(false));
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("regions", geography.regions());
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("account.title", "/account"), Breadcrumb.page("news.account.title")));
        return "notifications/news/subscribe";
    }
}
