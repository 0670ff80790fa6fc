package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.healthcareershub.accounts.domain.OneTimeLinks;
import org.healthcareershub.accounts.domain.PasswordPolicy;
import org.healthcareershub.accounts.domain.PasswordReset;
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

/** "Forgot your password?": ask for a link by email, then choose a new password behind it. */
@Controller
class PasswordResetController {

    private final PasswordReset reset;
    private final PasswordPolicy policy;
    private final Throttle throttle;

    PasswordResetController(PasswordReset reset, PasswordPolicy policy, Throttle throttle) {
        this.reset = reset;
        this.policy = policy;
        this.throttle = throttle;
    }

    @GetMapping("/reset-password")
    String requestForm(Model model) {
        return requestPage(model, "", new FieldErrors());
    }

    @PostMapping("/reset-password")
    String request(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FieldErrors errors = EmailLinkForms.problems(email, throttle, request, response);
        if (!errors.isEmpty()) {
            return requestPage(model, email, errors);
        }
        reset.request(new EmailAddress(email).value());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("reset.title")));
        return "accounts/reset-sent";
    }

    @GetMapping("/reset-password/new")
    String newPasswordForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        OneTimeLinks.Outcome outcome = reset.check(token);
        if (outcome != OneTimeLinks.Outcome.VALID) {
            return badLink(outcome, model, response);
        }
        return newPasswordPage(model, token, new FieldErrors());
    }

    @PostMapping("/reset-password/new")
    String setNewPassword(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            Model model,
            HttpServletResponse response) {
        OneTimeLinks.Outcome outcome = reset.check(token);
        if (outcome != OneTimeLinks.Outcome.VALID) {
            return badLink(outcome, model, response);
        }
        FieldErrors errors = new FieldErrors();
        policy.problem(password, reset.emailFor(token))
                .ifPresent(key -> errors.add("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return newPasswordPage(model, token, errors);
        }
        OneTimeLinks.Redemption done = reset.complete(token, password);
        if (done.outcome() != OneTimeLinks.Outcome.VALID) {
            return badLink(done.outcome(), model, response);
        }
        return "redirect:/sign-in?reset";
    }

    private String requestPage(Model model, String email, FieldErrors errors) {
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("reset.title")));
        return "accounts/reset-request";
    }

    private String newPasswordPage(Model model, String token, FieldErrors errors) {
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("reset.new.title")));
        return "accounts/reset-new";
    }

    private static String badLink(OneTimeLinks.Outcome outcome, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("kind", "reset");
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("verify.reset.title")));
        return "accounts/verify-result";
    }
}
