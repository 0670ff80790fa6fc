package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.domain.PasswordPolicy;
import org.healthcareershub.accounts.domain.Registration;
import org.healthcareershub.accounts.domain.Throttle;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.EmailAddress;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up for seekers and employers; an employer's organization waits for staff to verify it. */
@Controller
class SignUpController {

    private static final Logger log = LoggerFactory.getLogger(SignUpController.class);

    private final Registration registration;
    private final PasswordPolicy policy;
    private final Throttle throttle;

    SignUpController(Registration registration, PasswordPolicy policy, Throttle throttle) {
        this.registration = registration;
        this.policy = policy;
        this.throttle = throttle;
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
        FieldErrors errors = validate(form);
        if (errors.isEmpty() && !throttle.trySignUp(request.getRemoteAddr())) {
            errors.add("email", "signUp.error.rateLimited");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form, errors);
        }
        String email = new EmailAddress(form.email()).value();
        if (!throttle.tryEmailLink(request.getRemoteAddr(), email)) {
            // too many messages to this address lately: answer as usual, send nothing more
            return "redirect:/sign-up/check-email";
        }
        try {
            registration.signUp(new Registration.SignUpRequest(
                    form.employer() ? Role.EMPLOYER : Role.SEEKER,
                    form.name(),
                    email,
                    form.password(),
                    form.employer() ? form.organization().strip() : null,
                    form.employer() ? form.website() : null,
                    locale.getLanguage()));
        } catch (DataIntegrityViolationException raced) {
            // another sign-up for this address committed first: answer as for a taken address
            log.info("A sign-up lost a race for an address another sign-up had just taken");
            registration.signUpLostRace(email);
        }
        return "redirect:/sign-up/check-email";
    }

    @GetMapping("/sign-up/check-email")
    String checkEmail(Model model) {
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("signUp.checkEmail.title")));
        return "accounts/check-email";
    }

    private FieldErrors validate(SignUpForm form) {
        FieldErrors errors = PlainText.check(form);
        if (!"seeker".equals(form.accountType()) && !"employer".equals(form.accountType())) {
            errors.add("accountType", "signUp.error.accountType");
        }
        if (!StringUtils.hasText(form.name())) {
            errors.add("name", "signUp.error.name");
        } else if (form.name().strip().length() > 100) {
            errors.add("name", "form.error.tooLong", 100);
        }
        EmailAddress.problem(form.email()).ifPresent(key -> errors.add("email", key));
        policy.problem(form.password(), form.email())
                .ifPresent(key -> errors.add("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        if (form.employer()) {
            if (!StringUtils.hasText(form.organization())) {
                errors.add("organization", "signUp.error.organization");
            } else if (form.organization().strip().length() > 200) {
                errors.add("organization", "form.error.tooLong", 200);
            }
            if (StringUtils.hasText(form.website()) && !form.website().strip().matches("https?://[^\\s]{3,990}")) {
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
