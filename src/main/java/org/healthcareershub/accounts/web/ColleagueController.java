package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.Colleagues;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.Organization;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.identity.EmailVerification;
import org.healthcareershub.identity.OrganizationMember;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.EmailAddress;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /employer/colleagues: the people of the signed-in employer's organization, inviting one by email and
 * removing one. The organization is the signed-in account's; an id of another organization's account or
 * invitation changes nothing. A suspended organization, or an account of none, is sent to the portal's
 * home, which says why.
 */
@Controller
class ColleagueController {

    private final Colleagues colleagues;
    private final EmployerRegistration employers;

    ColleagueController(Colleagues colleagues, EmployerRegistration employers) {
        this.colleagues = colleagues;
        this.employers = employers;
    }

    @GetMapping("/employer/colleagues")
    String list(Authentication auth, Model model) {
        Optional<Organization> organization = organization(auth);
        if (organization.isEmpty()) {
            return "redirect:/employer";
        }
        return page(model, auth, organization.get(), InviteColleagueForm.EMPTY, new FieldErrors());
    }

    @PostMapping("/employer/colleagues/invitations")
    String invite(
            Authentication auth,
            @ModelAttribute InviteColleagueForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Organization> organization = organization(auth);
        if (organization.isEmpty()) {
            return "redirect:/employer";
        }
        FieldErrors errors = new FieldErrors();
        if (EmailVerification.pending(auth)) {
            errors.add("email", "colleagues.error.confirmFirst");
        } else {
            EmailAddress.problem(form.email()).ifPresent(key -> errors.add("email", key));
        }
        if (errors.isEmpty()) {
            colleagues
                    .invite(organization.get().id(), me(auth).id(), form.email(), locale.getLanguage())
                    .ifPresent(problem -> errors.add("email", "colleagues.error." + problem.name()));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, auth, organization.get(), form, errors);
        }
        redirect.addFlashAttribute("notice", "colleagues.invited");
        return "redirect:/employer/colleagues";
    }

    @PostMapping("/employer/colleagues/invitations/{invitationId}/cancel")
    String cancel(Authentication auth, @PathVariable long invitationId, RedirectAttributes redirect) {
        Optional<Organization> organization = organization(auth);
        if (organization.isEmpty()) {
            return "redirect:/employer";
        }
        boolean cancelled = colleagues.cancel(organization.get().id(), invitationId);
        redirect.addFlashAttribute("notice", cancelled ? "colleagues.cancelled" : "colleagues.notFound");
        return "redirect:/employer/colleagues";
    }

    @PostMapping("/employer/colleagues/{accountId}/remove")
    String remove(Authentication auth, @PathVariable long accountId, RedirectAttributes redirect) {
        Optional<Organization> organization = organization(auth);
        if (organization.isEmpty()) {
            return "redirect:/employer";
        }
        Colleagues.Removal removal = colleagues.remove(organization.get().id(), me(auth).id(), accountId);
        redirect.addFlashAttribute("notice", "colleagues.removal." + removal.name());
        return "redirect:/employer/colleagues";
    }

    private Optional<Organization> organization(Authentication auth) {
        return OrganizationMember.employerIdOf(auth)
                .flatMap(employers::find)
                .filter(o -> o.state() != VerificationState.SUSPENDED);
    }

    private static SignedInAccount me(Authentication auth) {
        return (SignedInAccount) auth.getPrincipal();
    }

    private String page(
            Model model, Authentication auth, Organization organization, InviteColleagueForm form, FieldErrors errors) {
        model.addAttribute("organization", organization);
        model.addAttribute("members", colleagues.members(organization.id(), me(auth).id()));
        model.addAttribute("invitations", colleagues.openInvitations(organization.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lifetimeDays", Colleagues.INVITATION_LIFETIME.toDays());
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("portal.title", "/employer"), Breadcrumb.page("colleagues.title")));
        return "accounts/colleagues";
    }
}
