package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.SavedSearches;
import org.healthcareershub.accounts.domain.SearchAlert;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saved-search alerts: the "Email me new results" form under every search's results posts here with the
 * search's parameters, which the search's own module reads ({@link SavedSearches#create}); a refused search
 * answers 422 with what is wrong. {@code /account/alerts} lists the account's alerts with pause or resume,
 * how often, and delete; another account's alert is not found.
 */
@Controller
class AlertController {

    /** Parameters of the alert form that are not the search's. */
    private static final Set<String> OWN = Set.of("kind", "frequency", "returnTo", "_csrf");

    private final SavedSearches alerts;

    AlertController(SavedSearches alerts) {
        this.alerts = alerts;
    }

    /** One alert as the lists show it. */
    record AlertEntry(
            long id, String kind, String words, String href, String frequency, boolean paused, Instant nextRunAt) {

        static AlertEntry of(SearchAlert alert, SavedSearches alerts) {
            return new AlertEntry(
                    alert.getId(),
                    alert.getKind(),
                    alerts.describe(alert, LocaleContextHolder.getLocale()),
                    "/" + alert.getKind() + (alert.getQuery().isEmpty() ? "" : "?" + alert.getQuery()),
                    alert.getFrequency().code(),
                    alert.isPaused(),
                    alert.getNextRunAt());
        }
    }

    static List<AlertEntry> entries(SavedSearches alerts, long accountId) {
        return alerts.of(accountId).stream()
                .map(alert -> AlertEntry.of(alert, alerts))
                .toList();
    }

    @GetMapping("/account/alerts")
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        return page(me, model, null, null);
    }

    @PostMapping("/account/alerts")
    String create(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String frequency,
            @RequestParam(defaultValue = ReturnPath.FALLBACK) String returnTo,
            @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        String back = ReturnPath.safe(returnTo);
        if (!alerts.knows(kind)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(me, model, new FieldErrors().add("kind", "alerts.error.kind"), back);
        }
        Map<String, List<String>> search = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!OWN.contains(name)) {
                search.put(name, values);
            }
        });
        SavedSearches.Created created = alerts.create(me.id(), kind, search, frequency);
        if (!created.errors().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(me, model, created.errors(), back);
        }
        redirect.addFlashAttribute("notice", "alerts.notice.created");
        redirect.addFlashAttribute("returnTo", back);
        return "redirect:/account/alerts#alert-" + created.id();
    }

    @PostMapping("/account/alerts/{id:\\d{1,18}}/pause")
    String pause(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        return done(alerts.pause(me.id(), id, true), "alerts.notice.paused", redirect);
    }

    @PostMapping("/account/alerts/{id:\\d{1,18}}/resume")
    String resume(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        return done(alerts.pause(me.id(), id, false), "alerts.notice.resumed", redirect);
    }

    @PostMapping("/account/alerts/{id:\\d{1,18}}/frequency")
    String frequency(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String frequency,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var often = SearchAlert.Frequency.fromCode(frequency);
        if (often.isEmpty()) {
            if (alerts.of(me.id()).stream().noneMatch(alert -> alert.getId() == id)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(me, model, new FieldErrors().add("frequency", "alerts.error.frequency"), null);
        }
        return done(alerts.frequency(me.id(), id, often.get()), "alerts.notice.frequency", redirect);
    }

    @PostMapping("/account/alerts/{id:\\d{1,18}}/delete")
    String delete(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        return done(alerts.delete(me.id(), id), "alerts.notice.deleted", redirect);
    }

    private static String done(boolean found, String notice, RedirectAttributes redirect) {
        if (!found) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/account/alerts";
    }

    private String page(SignedInAccount me, Model model, FieldErrors errors, String back) {
        model.addAttribute("account", me);
        model.addAttribute("alerts", entries(alerts, me.id()));
        model.addAttribute("maxAlerts", alerts.maxPerAccount());
        model.addAttribute("alertErrors", errors);
        if (back != null) {
            model.addAttribute("returnTo", back);
        }
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.link("account.title", "/account"), Breadcrumb.page("alerts.title")));
        return "accounts/alerts";
    }
}
