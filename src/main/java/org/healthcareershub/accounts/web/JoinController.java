package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.Colleagues;
import org.healthcareershub.accounts.domain.OneTimeLinks;
import org.healthcareershub.accounts.domain.PasswordPolicy;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /join: the link in an invitation to an organization. It shows what the link can do for the invited
 * address (make an account, join the signed-in one, or why neither) and does it. A link that is unknown,
 * used or expired, or whose inviter has left the organization or whose organization is suspended, answers 400
 * with a page that says so.
 */
@Controller
class JoinController {

    private final Colleagues colleagues;
    private final PasswordPolicy policy;

    JoinController(Colleagues colleagues, PasswordPolicy policy) {
        this.colleagues = colleagues;
        this.policy = policy;
    }

    @GetMapping("/join")
    String show(
            @RequestParam(required = false) String token,
            @AuthenticationPrincipal SignedInAccount me,
            Model model,
            HttpServletResponse response) {
        return page(
                model,
                me,
                colleagues.check(token),
                new JoinOrganizationForm(token, "", ""),
                new FieldErrors(),
                response);
    }

    @PostMapping("/join")
    String joinAsNewPerson(
            @ModelAttribute JoinOrganizationForm form,
            @AuthenticationPrincipal SignedInAccount me,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Colleagues.Invitation invitation = colleagues.check(form.token());
        if (invitation.outcome() != OneTimeLinks.Outcome.VALID
                || invitation.standing() != Colleagues.Standing.NEW_PERSON) {
            return page(model, me, invitation, form, new FieldErrors(), response);
        }
        FieldErrors errors = PlainText.check(form);
        if (!StringUtils.hasText(form.name())) {
            errors.add("name", "signUp.error.name");
        } else if (form.name().strip().length() > 100) {
            errors.add("name", "form.error.tooLong", 100);
        }
        policy.problem(form.password(), invitation.email())
                .ifPresent(key -> errors.add("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, me, invitation, form, errors, response);
        }
        Colleagues.Invitation result =
                colleagues.joinAsNewPerson(form.token(), form.name().strip(), form.password(), language(locale));
        if (result.outcome() != OneTimeLinks.Outcome.VALID || result.standing() != Colleagues.Standing.NEW_PERSON) {
            return page(model, me, result, form, new FieldErrors(), response);
        }
        return "redirect:/sign-in?joined";
    }

    @PostMapping("/join/account")
    String joinAsAccount(
            @RequestParam(required = false) String token,
            @AuthenticationPrincipal SignedInAccount me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Colleagues.Invitation invitation = colleagues.check(token);
        if (me == null
                || invitation.outcome() != OneTimeLinks.Outcome.VALID
                || invitation.standing() != Colleagues.Standing.CAN_JOIN
                || !me.email().equals(invitation.email())) {
            return page(model, me, invitation, new JoinOrganizationForm(token, "", ""), new FieldErrors(), response);
        }
        Colleagues.Invitation result = colleagues.joinAsAccount(token, me.id());
        if (result.outcome() != OneTimeLinks.Outcome.VALID) {
            return page(model, me, result, new JoinOrganizationForm(token, "", ""), new FieldErrors(), response);
        }
        redirect.addFlashAttribute("notice", "join.joined");
        return "redirect:/employer";
    }

    private static String language(Locale locale) {
        return ProfileController.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

    private String page(
            Model model,
            SignedInAccount me,
            Colleagues.Invitation invitation,
            JoinOrganizationForm form,
            FieldErrors errors,
            HttpServletResponse response) {
        if (invitation.outcome() != OneTimeLinks.Outcome.VALID
                || invitation.standing() == Colleagues.Standing.WITHDRAWN) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("outcome", invitation.outcome().name());
        model.addAttribute(
                "standing",
                invitation.standing() == null ? null : invitation.standing().name());
        model.addAttribute("signedInAsInvited", me != null && me.email().equals(invitation.email()));
        model.addAttribute("signedIn", me != null);
        model.addAttribute("form", new JoinOrganizationForm(form.token(), form.name(), ""));
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("join.title")));
        return "accounts/join";
    }
}
