package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.AccountSettings;
import org.healthcareershub.accounts.domain.PasswordPolicy;
import org.healthcareershub.accounts.domain.Throttle;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /account/security: change password, change email. Both ask for the current password. */
@Controller
class SecuritySettingsController {

    private final AccountSettings settings;
    private final PasswordPolicy policy;
    private final Throttle throttle;
    private final MessageSource messages;
    private final AccountSecurity session;
    private final PasswordConfirmation passwords;

    SecuritySettingsController(
            AccountSettings settings,
            PasswordPolicy policy,
            Throttle throttle,
            MessageSource messages,
            AccountSecurity session,
            PasswordConfirmation passwords) {
        this.passwords = passwords;
        this.session = session;
        this.settings = settings;
        this.policy = policy;
        this.throttle = throttle;
        this.messages = messages;
    }

    @GetMapping("/account/security")
    String page(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return page(model, account, "", new FieldErrors());
    }

    @PostMapping("/account/security/password")
    String changePassword(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        passwords.check(account, currentPassword, "currentPassword", "security.error.currentPassword", errors);
        policy.problem(newPassword, account.email())
                .ifPresent(key -> errors.add("newPassword", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, account, "", errors);
        }
        settings.changePassword(account.id(), newPassword);
        session.refresh(account.id(), request, response);
        redirect.addFlashAttribute("notice", "security.password.changed");
        return "redirect:/account/security";
    }

    @PostMapping("/account/security/email")
    String changeEmail(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(defaultValue = "") String newEmail,
            @RequestParam(defaultValue = "") String emailPassword,
            HttpServletRequest request,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        if (!FormErrors.isEmail(newEmail)) {
            errors.add("newEmail", "signUp.error.email");
        } else if (newEmail.strip().equalsIgnoreCase(account.email())) {
            errors.add("newEmail", "security.error.sameEmail");
        }
        passwords.check(account, emailPassword, "emailPassword", "security.error.currentPassword", errors);
        if (errors.isEmpty() && !throttle.tryEmailLink(request.getRemoteAddr(), account.email())) {
            errors.add("newEmail", "reset.error.rateLimited");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, account, newEmail, errors);
        }
        settings.requestEmailChange(account.id(), newEmail);
        redirect.addFlashAttribute("notice", "security.email.linkSent");
        return "redirect:/account/security";
    }

    private String page(Model model, SignedInAccount account, String newEmail, FieldErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("newEmail", newEmail);
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("account.title", "/account"), Breadcrumb.page("security.title")));
        return "accounts/security";
    }
}
