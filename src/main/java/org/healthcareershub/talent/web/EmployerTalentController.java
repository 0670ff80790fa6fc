package org.healthcareershub.talent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.identity.OrganizationMember;
import org.healthcareershub.talent.domain.TalentQuery;
import org.healthcareershub.talent.domain.TalentResults;
import org.healthcareershub.talent.domain.TalentSearch;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PageLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * /employer/talent: a verified organization's search of the seekers who let it find them, each shown under
 * its handle with only what they allowed; no export, paging capped, searches per hour limited. A pending or
 * rejected organization is told it may search once staff verify it; a suspended one, or an account of no
 * organization, is sent to the portal's home, which explains.
 */
@Controller
class EmployerTalentController {

    private static final Logger log = LoggerFactory.getLogger(EmployerTalentController.class);

    private final TalentSearch search;
    private final TalentSearchLimit limit;
    private final HiringOrganizations organizations;
    private final CareerCatalog careers;
    private final Geography geography;

    EmployerTalentController(
            TalentSearch search,
            TalentSearchLimit limit,
            HiringOrganizations organizations,
            CareerCatalog careers,
            Geography geography) {
        this.search = search;
        this.limit = limit;
        this.organizations = organizations;
        this.careers = careers;
        this.geography = geography;
    }

    @GetMapping("/employer/talent")
    String search(
            Authentication auth,
            @ModelAttribute TalentSearchForm form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Optional<HiringOrganization> found = OrganizationMember.employerIdOf(auth)
                .flatMap(organizations::find)
                .filter(o -> o.state() != VerificationState.SUSPENDED);
        if (found.isEmpty()) {
            return "redirect:/employer";
        }
        HiringOrganization org = found.get();
        Map<String, String> careerTitles = careers.titles(locale);
        model.addAttribute("organization", org);
        model.addAttribute("form", form);
        model.addAttribute("careerTitles", careerTitles);
        model.addAttribute("regions", geography.regions());
        model.addAttribute("educationLevels", EducationLevel.values());
        model.addAttribute("licenses", License.values());
        model.addAttribute(
                "radii", TalentQuery.RADII.stream().map(String::valueOf).toList());
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("portal.title", "/employer"), Breadcrumb.page("talent.search.title")));
        if (!org.mayPublish()) {
            model.addAttribute("errors", new FieldErrors());
            model.addAttribute("results", null);
            return "talent/employer-search";
        }
        FieldErrors errors = new FieldErrors();
        TalentQuery query = TalentSearchFormReader.read(form, org, geography.regions(), careerTitles.keySet(), errors);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "sites",
                org.sites().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                s -> String.valueOf(s.id()),
                                s -> s.name() == null ? s.city() : s.name() + ", " + s.city(),
                                (a, b) -> a,
                                java.util.LinkedHashMap::new)));
        if (!limit.trySearch(org.id())) {
            log.warn("Talent search limit reached by employer {}", org.id());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("limited", true);
            model.addAttribute("results", null);
            return "talent/employer-search";
        }
        TalentResults results = search.search(org, query);
        model.addAttribute("results", results);
        model.addAttribute("pageLinks", PageLinks.around(results.page(), results.pages()));
        return "talent/employer-search";
    }
}
