package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST (see AccountSecurity). */
@Controller
class SignInController {

    /** What Spring Security's redirect back to this page says went wrong, as a query parameter, and its message. */
    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("error", "signIn.failed");
        PROBLEMS.put("locked", "signIn.locked");
        PROBLEMS.put("throttled", "signIn.throttled");
        PROBLEMS.put("suspended", "signIn.suspended");
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam MultiValueMap<String, String> params, HttpSession session, Model model) {
        Object email = session.getAttribute(AccountSecurity.LAST_EMAIL);
        FieldErrors errors = new FieldErrors();
        PROBLEMS.forEach((param, key) -> {
            if (params.containsKey(param)) {
                errors.add("email", key);
            }
        });
        model.addAttribute("errors", errors);
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("signIn.title")));
        return "accounts/sign-in";
    }
}
