package org.healthcareershub.jobs.web;

import java.util.List;
import java.util.Locale;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.jobs.InterestStage;
import org.healthcareershub.jobs.JobInterests;
import org.healthcareershub.jobs.OrganizationSuspendedException;
import org.healthcareershub.jobs.domain.JobPostingRules;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interest people expressed in an organization's postings, for its EMPLOYER accounts: what each seeker
 * shared and the stage the organization moves it to. The organization is the signed-in account's; interest
 * in another organization's posting is not found, whatever its id.
 */
@Controller
class EmployerInterestController {

    private final JobInterests interests;
    private final HiringOrganizations organizations;
    private final CareerCatalog careers;

    EmployerInterestController(JobInterests interests, HiringOrganizations organizations, CareerCatalog careers) {
        this.interests = interests;
        this.organizations = organizations;
        this.careers = careers;
    }

    @GetMapping("/employer/interest")
    String list(Authentication auth, Locale locale, Model model) {
        HiringOrganization org = organization(auth);
        model.addAttribute("organization", org);
        model.addAttribute("postings", interests.ofOrganization(org.id()));
        model.addAttribute("stages", InterestStage.BY_ORGANIZATION);
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("interest.employer.title")));
        return "jobs/employer/interest";
    }

    @PostMapping("/employer/interest/{id:\\d{1,18}}/stage")
    String move(
            Authentication auth,
            @PathVariable long id,
            @RequestParam(required = false) String stage,
            RedirectAttributes redirect) {
        HiringOrganization org = organization(auth);
        InterestStage next = JobPostingRules.choice(stage, InterestStage.class);
        if (next == null || !InterestStage.BY_ORGANIZATION.contains(next)) {
            redirect.addFlashAttribute("notice", "interest.employer.stage.invalid");
        } else {
            JobInterests.Move moved = interests.move(org.id(), id, next);
            redirect.addFlashAttribute("notice", "interest.employer.move." + moved);
        }
        return "redirect:/employer/interest#interest-" + id;
    }

    /** The seeker withdrew at the same moment: the list shows what happened. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    String changedMeanwhile(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "interest.changedMeanwhile");
        return "redirect:/employer/interest";
    }

    private HiringOrganization organization(Authentication auth) {
        return PortalOrganization.of(auth, organizations);
    }

    @ExceptionHandler(OrganizationSuspendedException.class)
    String toPortal() {
        return "redirect:/employer";
    }
}
