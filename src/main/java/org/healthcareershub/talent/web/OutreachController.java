package org.healthcareershub.talent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.identity.OrganizationMember;
import org.healthcareershub.talent.Outreach;
import org.healthcareershub.talent.domain.OutreachRules;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's side of outreach, for its EMPLOYER accounts: writing to a seeker found in the talent
 * search (named by the handle the organization knows them by), and the messages it sent with their answers.
 * Only a verified organization writes; the organization is the signed-in account's, and another
 * organization's message is not found.
 */
@Controller
class OutreachController {

    static final String MESSAGES = "/employer/talent/messages";

    private final Outreach outreach;
    private final HiringOrganizations organizations;
    private final MessageSource text;

    OutreachController(Outreach outreach, HiringOrganizations organizations, MessageSource text) {
        this.outreach = outreach;
        this.organizations = organizations;
        this.text = text;
    }

    /** The organization may not write now (unverified, suspended, none): the portal's home says why. */
    static final class NotVerified extends RuntimeException {}

    @GetMapping("/employer/talent/{handle}/message")
    String newForm(
            Authentication auth,
            @PathVariable String handle,
            Model model,
            HttpServletResponse response,
            java.util.Locale locale) {
        HiringOrganization org = organization(auth);
        return page(org, handle, SendOpportunityForm.empty(), new FieldErrors(), null, model, response, locale);
    }

    @PostMapping("/employer/talent/{handle}/message")
    String create(
            Authentication auth,
            @PathVariable String handle,
            @ModelAttribute SendOpportunityForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        HiringOrganization org = organization(auth);
        FieldErrors errors = PlainText.check(form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(org, handle, form, errors, null, model, response, locale);
        }
        if (!(auth.getPrincipal() instanceof org.healthcareershub.accounts.SignedInAccount me)) {
            throw new IllegalStateException("A message sent without a signed-in account");
        }
        long sender = me.id();
        Outreach.Sent sent = outreach.send(org.id(), sender, handle, form.input());
        switch (sent.outcome()) {
            case SENT -> {
                redirect.addFlashAttribute("notice", "talent.outreach.sent");
                return "redirect:" + MESSAGES + "/" + sent.id();
            }
            case REFUSED -> {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return page(org, handle, form, sent.errors(), null, model, response, locale);
            }
            case AWAITING_ANSWER -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                return page(org, handle, form, errors, "talent.outreach.awaiting", model, response, locale);
            }
            case DAILY_LIMIT -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                return page(org, handle, form, errors, "talent.outreach.dailyLimit", model, response, locale);
            }
            default -> {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return page(org, handle, form, errors, null, model, response, locale);
            }
        }
    }

    @GetMapping(MESSAGES)
    String list(Authentication auth, Model model) {
        HiringOrganization org = organization(auth);
        model.addAttribute("organization", org);
        model.addAttribute("messages", outreach.sentBy(org.id()));
        model.addAttribute("left", outreach.leftToday(org.id()));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("portal.title", "/employer"), Breadcrumb.page("talent.outreach.sent.title")));
        return "talent/employer/messages";
    }

    @GetMapping(MESSAGES + "/{id:\\d{1,18}}")
    String show(Authentication auth, @PathVariable long id, Model model) {
        HiringOrganization org = organization(auth);
        model.addAttribute("organization", org);
        model.addAttribute("message", outreach.sent(org.id(), id));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("portal.title", "/employer"),
                        Breadcrumb.link("talent.outreach.sent.title", MESSAGES),
                        Breadcrumb.page("talent.outreach.thread.title")));
        return "talent/employer/message";
    }

    private String page(
            HiringOrganization org,
            String handle,
            SendOpportunityForm form,
            FieldErrors errors,
            String refusal,
            Model model,
            HttpServletResponse response,
            java.util.Locale locale) {
        boolean reachable = outreach.reachable(org.id(), handle).isPresent();
        if (!reachable) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        Map<String, String> postings = new LinkedHashMap<>();
        postings.put("general", text.getMessage("talent.outreach.posting.general", null, locale));
        outreach.openPostings(org.id()).forEach(p -> postings.put(String.valueOf(p.id()), p.title()));
        model.addAttribute("organization", org);
        model.addAttribute("handle", handle);
        model.addAttribute("reachable", reachable);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("postings", postings);
        model.addAttribute("left", outreach.leftToday(org.id()));
        model.addAttribute("maxSubject", OutreachRules.MAX_SUBJECT);
        model.addAttribute("maxBody", OutreachRules.MAX_BODY);
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("portal.title", "/employer"), Breadcrumb.page("talent.outreach.new.title")));
        return "talent/employer/message-form";
    }

    private HiringOrganization organization(Authentication auth) {
        return OrganizationMember.employerIdOf(auth)
                .flatMap(organizations::find)
                .filter(o -> o.state() == VerificationState.VERIFIED)
                .orElseThrow(NotVerified::new);
    }

    @ExceptionHandler(NotVerified.class)
    String toPortal() {
        return "redirect:/employer";
    }
}
