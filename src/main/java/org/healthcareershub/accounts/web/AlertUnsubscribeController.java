package org.healthcareershub.accounts.web;

import java.util.List;
import org.healthcareershub.accounts.domain.SavedSearches;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.SecurityRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-click unsubscribe of an alert's mail (RFC 8058). GET shows a button, so a mail scanner that
 * fetches links ends nothing; POST, which mail programs send with {@code List-Unsubscribe=One-Click} and
 * neither a session nor a form token, deletes the alert the link was mailed for. An unknown or used link
 * gets the same page as a working one, so the answer tells nothing about any alert or address.
 */
@Controller
class AlertUnsubscribeController implements SecurityRules {

    static final String PATH = "/alerts/unsubscribe/{token:[A-Za-z0-9_-]{1,100}}";

    private final SavedSearches alerts;

    AlertUnsubscribeController(SavedSearches alerts) {
        this.alerts = alerts;
    }

    /** Only this address takes a POST without a form token: a mail program has none to send. */
    @Override
    public void apply(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/alerts/unsubscribe/*"));
    }

    @GetMapping(PATH)
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return page(model);
    }

    @PostMapping(PATH)
    String unsubscribe(@PathVariable String token, Model model) {
        alerts.unsubscribe(token);
        model.addAttribute("done", true);
        return page(model);
    }

    private static String page(Model model) {
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("alerts.unsubscribe.title")));
        return "accounts/alert-unsubscribe";
    }
}
