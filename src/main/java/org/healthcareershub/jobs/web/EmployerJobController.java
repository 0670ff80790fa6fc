package org.healthcareershub.jobs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.jobs.CloseReason;
import org.healthcareershub.jobs.EmploymentType;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.JobLanguage;
import org.healthcareershub.jobs.JobStatus;
import org.healthcareershub.jobs.JobView;
import org.healthcareershub.jobs.OrganizationSuspendedException;
import org.healthcareershub.jobs.PayUnit;
import org.healthcareershub.jobs.WorkSchedule;
import org.healthcareershub.jobs.Workplace;
import org.healthcareershub.jobs.domain.JobPostingInput;
import org.healthcareershub.jobs.domain.JobPostingRules;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's own postings, for its EMPLOYER accounts (web secures /employer/** for that role): list,
 * write a draft, edit, publish, close and renew. The organization is the signed-in account's; a posting of
 * another organization is not found, whatever its id.
 */
@Controller
class EmployerJobController {

    private final JobEditor editor;
    private final HiringOrganizations organizations;
    private final CareerCatalog careers;

    EmployerJobController(JobEditor editor, HiringOrganizations organizations, CareerCatalog careers) {
        this.editor = editor;
        this.organizations = organizations;
        this.careers = careers;
    }

    @GetMapping("/employer/jobs")
    String list(Authentication auth, Model model) {
        HiringOrganization org = organization(auth);
        model.addAttribute("organization", org);
        model.addAttribute("postings", editor.postingsOf(org.id()));
        model.addAttribute("closeReasons", CloseReason.employerChoices());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("jobs.employer.title")));
        return "jobs/employer/list";
    }

    @GetMapping("/employer/jobs/new")
    String newForm(Authentication auth, Locale locale, Model model) {
        return form(
                organization(auth),
                null,
                EditJobPostingForm.of(JobPostingInput.empty()),
                new FieldErrors(),
                locale,
                model);
    }

    @PostMapping("/employer/jobs")
    String create(
            Authentication auth,
            @ModelAttribute EditJobPostingForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        HiringOrganization org = organization(auth);
        JobEditor.Saved saved = editor.createDraft(org.id(), form.input());
        if (!saved.ok()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(org, null, form, saved.errors(), locale, model);
        }
        redirect.addFlashAttribute("notice", "jobs.employer.saved");
        return "redirect:/employer/jobs";
    }

    @GetMapping("/employer/jobs/{id:\\d{1,18}}/edit")
    String editForm(Authentication auth, @PathVariable long id, Locale locale, Model model) {
        HiringOrganization org = organization(auth);
        EditJobPostingForm form = EditJobPostingForm.of(editor.input(org.id(), id));
        FieldErrors errors = new FieldErrors();
        // the posting keeps showing its closed site's address until it is saved with an open one
        if (org.sites().stream().noneMatch(s -> String.valueOf(s.id()).equals(form.site()))) {
            errors.add("site", JobPostingRules.SITE_NOT_OPEN);
        }
        return form(org, id, form, errors, locale, model);
    }

    @PostMapping("/employer/jobs/{id:\\d{1,18}}")
    String update(
            Authentication auth,
            @PathVariable long id,
            @ModelAttribute EditJobPostingForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        HiringOrganization org = organization(auth);
        JobEditor.Saved saved = editor.update(org.id(), id, form.input());
        if (!saved.ok()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(org, id, form, saved.errors(), locale, model);
        }
        redirect.addFlashAttribute("notice", "jobs.employer.saved");
        return "redirect:/employer/jobs";
    }

    @PostMapping("/employer/jobs/{id:\\d{1,18}}/publish")
    String publish(Authentication auth, @PathVariable long id, RedirectAttributes redirect) {
        JobEditor.Publication outcome = editor.publish(organization(auth).id(), id);
        redirect.addFlashAttribute("notice", "jobs.employer.publication." + outcome);
        return "redirect:/employer/jobs";
    }

    @PostMapping("/employer/jobs/{id:\\d{1,18}}/close")
    String close(
            Authentication auth,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        CloseReason why = JobPostingRules.choice(reason, CloseReason.class);
        // only staff's suspension closes a posting as SUSPENDED (and reopens it): never the organization
        editor.close(
                organization(auth).id(),
                id,
                why == null || !CloseReason.employerChoices().contains(why) ? CloseReason.WITHDRAWN : why);
        redirect.addFlashAttribute("notice", "jobs.employer.closed");
        return "redirect:/employer/jobs";
    }

    @PostMapping("/employer/jobs/{id:\\d{1,18}}/renew")
    String renew(
            Authentication auth,
            @PathVariable long id,
            @RequestParam(required = false) String closingDate,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        HiringOrganization org = organization(auth);
        FieldErrors errors = editor.renew(org.id(), id, closingDate);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("organization", org);
            model.addAttribute("postings", editor.postingsOf(org.id()));
            model.addAttribute("closeReasons", CloseReason.employerChoices());
            model.addAttribute("renewErrors", errors);
            model.addAttribute("renewId", id);
            model.addAttribute("renewValue", closingDate);
            model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("jobs.employer.title")));
            return "jobs/employer/list";
        }
        redirect.addFlashAttribute("notice", "jobs.employer.renewed");
        return "redirect:/employer/jobs";
    }

    private String form(
            HiringOrganization org, Long id, EditJobPostingForm form, FieldErrors errors, Locale locale, Model model) {
        Map<String, String> careerTitles = new LinkedHashMap<>(careers.titles(locale));
        Map<String, String> jobTitles = new LinkedHashMap<>();
        for (String slug : careerTitles.keySet()) {
            for (CareerContent.JobTitle title :
                    careers.profile(slug, Locale.ENGLISH).content().jobTitles()) {
                jobTitles.putIfAbsent(title.title(), title.title());
            }
        }
        Map<String, String> sites = new LinkedHashMap<>();
        org.sites().forEach(s -> sites.put(String.valueOf(s.id()), s.name() + ", " + s.city()));
        model.addAttribute("organization", org);
        model.addAttribute("postingId", id);
        // a published posting keeps its closing date until it is renewed from the list
        JobView stored = id == null ? null : editor.own(org.id(), id);
        model.addAttribute(
                "fixedClosingDate",
                stored != null && stored.status() == JobStatus.PUBLISHED ? stored.closingDate() : null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("careerTitles", careerTitles);
        model.addAttribute("jobTitles", jobTitles);
        model.addAttribute("sites", sites);
        model.addAttribute("workplaces", Workplace.values());
        model.addAttribute("types", EmploymentType.values());
        model.addAttribute("schedules", WorkSchedule.values());
        model.addAttribute("units", PayUnit.values());
        model.addAttribute("educations", EducationLevel.values());
        model.addAttribute("languages", JobLanguage.values());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("jobs.employer.title", "/employer/jobs"),
                        Breadcrumb.page(id == null ? "jobs.employer.new" : "jobs.employer.edit")));
        return "jobs/employer/form";
    }

    private HiringOrganization organization(Authentication auth) {
        return PortalOrganization.of(auth, organizations);
    }

    @ExceptionHandler(OrganizationSuspendedException.class)
    String toPortal() {
        return "redirect:/employer";
    }
}
