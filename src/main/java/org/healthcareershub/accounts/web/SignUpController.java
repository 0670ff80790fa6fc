package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.domain.PasswordPolicy;
import org.healthcareershub.accounts.domain.Registration;
import org.healthcareershub.accounts.domain.Throttle;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up for seekers and employers; an employer's organization waits for staff to verify it. */
@Controller
class SignUpController {

    private final Registration registration;
    private final PasswordPolicy policy;
    private final Throttle throttle;
    private final MessageSource messages;

    SignUpController(Registration registration, PasswordPolicy policy, Throttle throttle, MessageSource messages) {
        this.registration = registration;
        this.policy = policy;
        this.throttle = throttle;
        this.messages = messages;
    }

    @GetMapping("/sign-up")
    String form(Model model) {
        return page(model, SignUpForm.empty(), new FieldErrors());
    }

    @PostMapping("/sign-up")
    String signUp(
            @ModelAttribute SignUpForm form,
            HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            Locale locale,
            Model model) {
        FieldErrors errors = validate(form, locale);
        if (errors.isEmpty() && !throttle.trySignUp(request.getRemoteAddr())) {
            errors.add("email", "signUp.error.rateLimited");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form, errors);
        }
        if (!throttle.tryEmailLink(request.getRemoteAddr(), form.email())) {
            // too many messages to this address lately: answer as usual, send nothing more
            return "redirect:/sign-up/check-email";
        }
        registration.signUp(new Registration.SignUpRequest(
                form.employer() ? Role.EMPLOYER : Role.SEEKER,
                form.name(),
                form.email().strip(),
                form.password(),
                form.employer() ? form.organization().strip() : null,
                form.employer() ? form.website() : null,
                locale.getLanguage()));
        return "redirect:/sign-up/check-email";
    }

    @GetMapping("/sign-up/check-email")
    String checkEmail(Model model) {
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("signUp.checkEmail.title")));
        return "accounts/check-email";
    }

    private FieldErrors validate(SignUpForm form, Locale locale) {
        FieldErrors errors = new FieldErrors();
        if (!"seeker".equals(form.accountType()) && !"employer".equals(form.accountType())) {
            errors.add("accountType", "signUp.error.accountType");
        }
        if (FormErrors.isBlank(form.name())) {
            errors.add("name", "signUp.error.name");
        } else if (form.name().strip().length() > 100) {
            errors.add("name", "form.error.tooLong", 100);
        }
        if (!FormErrors.isEmail(form.email())) {
            errors.add("email", "signUp.error.email");
        }
        policy.problem(form.password(), form.email())
                .ifPresent(key -> errors.add("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        if (form.employer()) {
            if (FormErrors.isBlank(form.organization())) {
                errors.add("organization", "signUp.error.organization");
            } else if (form.organization().strip().length() > 200) {
                errors.add("organization", "form.error.tooLong", 200);
            }
            if (!FormErrors.isBlank(form.website()) && !form.website().strip().matches("https?://[^\\s]{3,990}")) {
                errors.add("website", "signUp.error.website");
            }
        }
        return errors;
    }

    private String page(Model model, SignUpForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("accountTypes", List.of("seeker", "employer"));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("signUp.title")));
        return "accounts/sign-up";
    }
}
