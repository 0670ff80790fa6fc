package org.healthcareershub.accounts.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.healthcareershub.accounts.domain.SignInLinks;
import org.healthcareershub.accounts.domain.Throttle;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.EmailAddress;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in with an emailed link while password sign-in to the address is locked: ask for a link (the
 * answer is the same whatever the address), then open it and press "Sign in". The link's page only shows a
 * form, so a mail scanner that fetches links does not use it up; the POST signs in.
 */
@Controller
class SignInLinkController {

    private final SignInLinks links;
    private final Throttle throttle;
    private final AccountSecurity security;

    SignInLinkController(SignInLinks links, Throttle throttle, AccountSecurity security) {
        this.links = links;
        this.throttle = throttle;
        this.security = security;
    }

    @GetMapping("/sign-in/email-link")
    String requestForm(@RequestParam(defaultValue = "") String email, Model model) {
        return requestPage(model, email.length() > 254 ? "" : email, new FieldErrors());
    }

    @PostMapping("/sign-in/email-link")
    String request(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FieldErrors errors = EmailLinkForms.problems(email, throttle, request, response);
        if (!errors.isEmpty()) {
            return requestPage(model, email, errors);
        }
        links.request(new EmailAddress(email).value());
        model.addAttribute("minutes", SignInLinks.LINK_LIFETIME.toMinutes());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("signInLink.title")));
        return "accounts/sign-in-link-sent";
    }

    @GetMapping("/sign-in/link")
    String confirmPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        SignInLinks.Outcome outcome = links.check(token);
        if (outcome != SignInLinks.Outcome.VALID) {
            return badLink(outcome, model, response);
        }
        model.addAttribute("token", token);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("signInLink.use.title")));
        return "accounts/sign-in-link";
    }

    @PostMapping("/sign-in/link")
    String signIn(
            @RequestParam(defaultValue = "") String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException, ServletException {
        SignInLinks.Redemption redemption = links.redeem(token);
        if (redemption.account().isEmpty()) {
            return badLink(redemption.outcome(), model, response);
        }
        security.signInWithLink(redemption.account().get(), request, response);
        // the sign-in handler has answered with the redirect
        return null;
    }

    private String requestPage(Model model, String email, FieldErrors errors) {
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("signInLink.title")));
        return "accounts/sign-in-link-request";
    }

    private static String badLink(SignInLinks.Outcome outcome, Model model, HttpServletResponse response) {
        response.setStatus(
                outcome == SignInLinks.Outcome.SUSPENDED
                        ? HttpStatus.FORBIDDEN.value()
                        : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("kind", "signIn");
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("verify.signIn.title")));
        return "accounts/verify-result";
    }
}
