package org.healthcareershub.employers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.Organization;
import org.healthcareershub.employers.PortalSection;
import org.healthcareershub.employers.SpokenLanguages;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.employers.domain.EmployerPortal;
import org.healthcareershub.employers.domain.PortalRules;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.identity.OrganizationMember;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employer portal's own pages: the home at /employer (where the organization stands with staff and what
 * to do next, and links to every part of the portal), its profile, its sites and the contact requests people
 * sent it. The organization is always the signed-in account's; a site or request id of another organization
 * is not found. A suspended organization, or an account removed from its organization, is sent to the home,
 * which explains why and what to do, instead of a bare refusal.
 */
@Controller
class EmployerPortalController {

    /** Contact requests a page of the portal lists. */
    static final int REQUESTS_PER_PAGE = 20;

    private final EmployerRegistration registration;
    private final EmployerPortal portal;
    private final CareerCatalog careers;
    private final Geography geography;
    private final List<PortalSection> sections;

    EmployerPortalController(
            EmployerRegistration registration,
            EmployerPortal portal,
            CareerCatalog careers,
            Geography geography,
            List<PortalSection> sections) {
        this.registration = registration;
        this.portal = portal;
        this.careers = careers;
        this.geography = geography;
        this.sections = sections;
    }

    @GetMapping("/employer")
    String home(Authentication auth, Model model) {
        Optional<Organization> organization = organizationOf(auth);
        model.addAttribute("organization", organization.orElse(null));
        model.addAttribute("sections", sections);
        organization.filter(o -> o.state() != VerificationState.SUSPENDED).ifPresent(o -> {
            model.addAttribute(
                    "openSites",
                    portal.sites(o.id()).stream()
                            .filter(EmployerPortal.SiteView::open)
                            .count());
            model.addAttribute("unansweredRequests", portal.unansweredContactRequests(o.id()));
        });
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("portal.title")));
        return "employers/portal/home";
    }

    @PostMapping("/employer/resubmit")
    String resubmit(Authentication auth, RedirectAttributes redirect) {
        Optional<Organization> organization = organizationOf(auth);
        if (organization.isEmpty() || organization.get().state() != VerificationState.REJECTED) {
            redirect.addFlashAttribute("notice", "portal.resubmit.notRejected");
            return "redirect:/employer";
        }
        portal.resubmit(organization.get().id());
        redirect.addFlashAttribute("notice", "portal.resubmit.done");
        return "redirect:/employer";
    }

    @GetMapping("/employer/profile")
    String editProfile(Authentication auth, Locale locale, Model model) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        return profilePage(model, id, EditOrganizationForm.of(portal.profile(id)), new FieldErrors(), locale);
    }

    @PostMapping("/employer/profile")
    String updateProfile(
            Authentication auth,
            @ModelAttribute EditOrganizationForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        FieldErrors errors = new FieldErrors();
        Optional<PortalRules.Profile> profile = rules(locale).profile(form.input(), errors);
        if (profile.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return profilePage(model, id, form, errors, locale);
        }
        portal.describe(id, profile.get());
        redirect.addFlashAttribute("notice", "portal.profile.saved");
        return "redirect:/employer";
    }

    @GetMapping("/employer/sites")
    String sites(Authentication auth, Model model) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        model.addAttribute("sites", portal.sites(id));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("portal.title", "/employer"), Breadcrumb.page("portal.sites.title")));
        return "employers/portal/sites";
    }

    @GetMapping("/employer/sites/new")
    String newSite(Authentication auth, Model model) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        return sitePage(model, null, EditSiteForm.EMPTY, new FieldErrors());
    }

    @PostMapping("/employer/sites")
    String addSite(
            Authentication auth,
            @ModelAttribute EditSiteForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        FieldErrors errors = new FieldErrors();
        Optional<PortalRules.SitePlace> place = siteRules().site(form.input(), errors);
        if (place.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return sitePage(model, null, form, errors);
        }
        portal.addSite(id, place.get());
        redirect.addFlashAttribute("notice", "portal.site.added");
        return "redirect:/employer/sites";
    }

    @GetMapping("/employer/sites/{siteId}")
    String editSite(Authentication auth, @PathVariable long siteId, Model model) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        EmployerPortal.SiteView site = portal.site(id, siteId);
        if (!site.open()) {
            return "redirect:/employer/sites";
        }
        return sitePage(model, site, EditSiteForm.of(site), new FieldErrors());
    }

    @PostMapping("/employer/sites/{siteId}")
    String updateSite(
            Authentication auth,
            @PathVariable long siteId,
            @ModelAttribute EditSiteForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        EmployerPortal.SiteView site = portal.site(id, siteId);
        if (!site.open()) {
            redirect.addFlashAttribute("notice", "portal.site.closedAlready");
            return "redirect:/employer/sites";
        }
        FieldErrors errors = new FieldErrors();
        Optional<PortalRules.SitePlace> place = siteRules().site(form.input(), errors);
        if (place.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return sitePage(model, site, form, errors);
        }
        portal.updateSite(id, siteId, place.get());
        redirect.addFlashAttribute("notice", "portal.site.saved");
        return "redirect:/employer/sites";
    }

    @PostMapping("/employer/sites/{siteId}/close")
    String closeSite(Authentication auth, @PathVariable long siteId, RedirectAttributes redirect) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        portal.closeSite(id, siteId);
        redirect.addFlashAttribute("notice", "portal.site.closed");
        return "redirect:/employer/sites";
    }

    @GetMapping("/employer/contact-requests")
    String contactRequests(
            Authentication auth, @RequestParam(required = false) String page, Locale locale, Model model) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        Page<EmployerPortal.ContactRequestView> rows = portal.contactRequests(id, pageIndex(page), REQUESTS_PER_PAGE);
        if (rows.isEmpty() && rows.getTotalPages() > 0) {
            // a page past the last (the last request on it was deleted meanwhile): the last page there is
            rows = portal.contactRequests(id, rows.getTotalPages() - 1, REQUESTS_PER_PAGE);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("unanswered", portal.unansweredContactRequests(id));
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("portal.title", "/employer"), Breadcrumb.page("portal.requests.title")));
        return "employers/portal/contact-requests";
    }

    @PostMapping("/employer/contact-requests/{requestId}/answered")
    String markAnswered(
            Authentication auth,
            @PathVariable long requestId,
            @RequestParam(required = false) String page,
            RedirectAttributes redirect) {
        return answer(auth, requestId, true, page, redirect);
    }

    @PostMapping("/employer/contact-requests/{requestId}/unanswered")
    String markUnanswered(
            Authentication auth,
            @PathVariable long requestId,
            @RequestParam(required = false) String page,
            RedirectAttributes redirect) {
        return answer(auth, requestId, false, page, redirect);
    }

    private String answer(
            Authentication auth, long requestId, boolean answered, String page, RedirectAttributes redirect) {
        Long id = editable(auth);
        if (id == null) {
            return "redirect:/employer";
        }
        portal.markAnswered(id, requestId, answered);
        redirect.addFlashAttribute(
                "notice", answered ? "portal.requests.markedAnswered" : "portal.requests.markedUnanswered");
        return "redirect:/employer/contact-requests?page=" + (pageIndex(page) + 1) + "#request-" + requestId;
    }

    /** The page asked for, counted from 0; anything that is not a page number is the first page. */
    static int pageIndex(String page) {
        if (page == null || !page.matches("\\d{1,6}")) {
            return 0;
        }
        return Math.max(Integer.parseInt(page) - 1, 0);
    }

    private Optional<Organization> organizationOf(Authentication auth) {
        return OrganizationMember.employerIdOf(auth).flatMap(registration::find);
    }

    /** The organization the person may change, or null: none, or suspended (the home says why). */
    private Long editable(Authentication auth) {
        return organizationOf(auth)
                .filter(o -> o.state() != VerificationState.SUSPENDED)
                .map(Organization::id)
                .orElse(null);
    }

    private PortalRules rules(Locale locale) {
        return new PortalRules(
                Set.copyOf(SettingCodes.ALL), careers.titles(locale).keySet(), geography);
    }

    private PortalRules siteRules() {
        return new PortalRules(Set.of(), Set.of(), geography);
    }

    private String profilePage(Model model, long id, EditOrganizationForm form, FieldErrors errors, Locale locale) {
        model.addAttribute("profile", portal.profile(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("settingCodes", SettingCodes.ALL);
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("languageNames", SpokenLanguages.names(locale));
        model.addAttribute("maxDescription", PortalRules.MAX_DESCRIPTION);
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("portal.title", "/employer"), Breadcrumb.page("portal.profile.title")));
        return "employers/portal/profile";
    }

    private String sitePage(Model model, EmployerPortal.SiteView site, EditSiteForm form, FieldErrors errors) {
        model.addAttribute("editedSite", site);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("portal.title", "/employer"),
                        Breadcrumb.link("portal.sites.title", "/employer/sites"),
                        Breadcrumb.page(site == null ? "portal.site.new" : "portal.site.edit")));
        return "employers/portal/site";
    }
}
