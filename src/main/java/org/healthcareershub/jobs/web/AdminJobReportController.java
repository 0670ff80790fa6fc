package org.healthcareershub.jobs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.healthcareershub.jobs.JobModeration;
import org.healthcareershub.jobs.domain.ModerationRules;
import org.healthcareershub.web.AdminSection;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff queue of reported postings (web secures /admin/** for ADMIN): dismiss the reports, take the
 * posting down with a reason its organization is told, or suspend the organization.
 */
@Controller
@RequestMapping("/admin/jobs/reports")
class AdminJobReportController implements AdminSection {

    static final String QUEUE = "/admin/jobs/reports";

    private final JobModeration moderation;

    AdminJobReportController(JobModeration moderation) {
        this.moderation = moderation;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rows", moderation.queue());
        model.addAttribute("open", moderation.openCount());
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("admin.title", "/admin"), Breadcrumb.page("admin.reports.title")));
        return "jobs/admin/reports";
    }

    @PostMapping("/{id:\\d{1,18}}/dismiss")
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "admin.reports.dismissedNow", () -> String.valueOf(moderation.dismiss(id)));
    }

    @PostMapping("/{id:\\d{1,18}}/suspend")
    String suspend(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "admin.reports.suspendedNow", () -> moderation.suspendOrganization(id));
    }

    @GetMapping("/{id:\\d{1,18}}/unpublish")
    String unpublishForm(@PathVariable long id, Model model) {
        return unpublishPage(id, "", new FieldErrors(), model);
    }

    @PostMapping("/{id:\\d{1,18}}/unpublish")
    String unpublish(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FieldErrors errors;
        try {
            errors = moderation.unpublish(id, reason);
        } catch (IllegalStateException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("notice", "admin.reports.notAllowed");
            return "redirect:" + QUEUE;
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return unpublishPage(id, reason, errors, model);
        }
        redirect.addFlashAttribute("notice", "admin.reports.unpublishedNow");
        redirect.addFlashAttribute("noticeArg", moderation.reported(id).title());
        return "redirect:" + QUEUE;
    }

    private String unpublishPage(long id, String reason, FieldErrors errors, Model model) {
        model.addAttribute("row", moderation.reported(id));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("maxReason", ModerationRules.MAX_TEXT);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("admin.title", "/admin"),
                        Breadcrumb.link("admin.reports.title", QUEUE),
                        Breadcrumb.page("admin.reports.unpublish.title")));
        return "jobs/admin/unpublish";
    }

    /** Runs a decision; one that no longer applies (someone else got there first) is explained, not a 500. */
    private static String act(RedirectAttributes redirect, String doneKey, Supplier<String> action) {
        try {
            String arg = action.get();
            redirect.addFlashAttribute("notice", doneKey);
            redirect.addFlashAttribute("noticeArg", arg);
        } catch (IllegalStateException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("notice", "admin.reports.notAllowed");
        }
        return "redirect:" + QUEUE;
    }

    @Override
    public String titleKey() {
        return "admin.reports.title";
    }

    @Override
    public String descriptionKey() {
        return "admin.reports.description";
    }

    @Override
    public String href() {
        return QUEUE;
    }

    @Override
    public Object[] descriptionArgs() {
        return new Object[] {moderation.openCount()};
    }
}
