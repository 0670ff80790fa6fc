package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST (see AccountSecurity). */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(HttpSession session, Model model) {
        Object email = session.getAttribute(AccountSecurity.LAST_EMAIL);
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("signIn.title")));
        return "accounts/sign-in";
    }
}
