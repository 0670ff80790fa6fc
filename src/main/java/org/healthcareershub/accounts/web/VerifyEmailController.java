package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.AccountSettings;
import org.healthcareershub.accounts.domain.OneTimeLinks;
import org.healthcareershub.accounts.domain.Registration;
import org.healthcareershub.accounts.domain.Throttle;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The links in verification and email-change messages, and asking for a new verification link. */
@Controller
class VerifyEmailController {

    private final Registration registration;
    private final AccountSettings settings;
    private final Throttle throttle;

    VerifyEmailController(Registration registration, AccountSettings settings, Throttle throttle) {
        this.registration = registration;
        this.settings = settings;
        this.throttle = throttle;
    }

    @GetMapping("/verify-email")
    String verify(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return result(registration.verify(token), "verify", model, response);
    }

    @GetMapping("/verify-email/change")
    String confirmChange(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return result(settings.confirmEmailChange(token), "change", model, response);
    }

    @PostMapping("/account/verification")
    String resend(
            @AuthenticationPrincipal SignedInAccount account, HttpServletRequest request, RedirectAttributes redirect) {
        if (account.verified()) {
            return "redirect:/account";
        }
        if (throttle.tryEmailLink(request.getRemoteAddr(), account.email())) {
            registration.resendVerification(account.id());
            redirect.addFlashAttribute("notice", "account.verification.resent");
        } else {
            redirect.addFlashAttribute("notice", "account.verification.rateLimited");
        }
        return "redirect:/account";
    }

    private static String result(OneTimeLinks.Outcome outcome, String kind, Model model, HttpServletResponse response) {
        if (outcome != OneTimeLinks.Outcome.VALID) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("kind", kind);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("verify." + kind + ".title")));
        return "accounts/verify-result";
    }
}
