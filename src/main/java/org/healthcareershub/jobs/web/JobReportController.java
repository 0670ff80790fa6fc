package org.healthcareershub.jobs.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobModeration;
import org.healthcareershub.jobs.JobView;
import org.healthcareershub.jobs.ReportReason;
import org.healthcareershub.jobs.domain.ModerationRules;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Report this posting", for anyone, signed in or not: a page with the form, which works without
 * JavaScript, and a thank-you page. A posting that is gone answers 410 as its own page does.
 */
@Controller
class JobReportController {

    private final JobBoard board;
    private final JobModeration moderation;

    JobReportController(JobBoard board, JobModeration moderation) {
        this.board = board;
        this.moderation = moderation;
    }

    @GetMapping("/jobs/{id:\\d{1,18}}/report")
    String form(@PathVariable long id, HttpServletResponse response, Model model) {
        return page(board.view(id), new ReportJobPostingForm(null, null), new FieldErrors(), response, model);
    }

    @PostMapping("/jobs/{id:\\d{1,18}}/report")
    String report(
            @PathVariable long id,
            @ModelAttribute ReportJobPostingForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        JobView job = board.view(id);
        if (job.gone()) {
            return page(job, form, new FieldErrors(), response, model);
        }
        JobModeration.Reported reported = moderation.report(id, form.input(), request.getRemoteAddr());
        switch (reported.outcome()) {
            case REFUSED -> response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            case RATE_LIMITED -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                model.addAttribute("rateLimited", true);
            }
            case REPORTED -> {
                return "redirect:/jobs/" + id + "/report/thanks";
            }
        }
        return page(job, form, reported.errors(), response, model);
    }

    @GetMapping("/jobs/{id:\\d{1,18}}/report/thanks")
    String thanks(@PathVariable long id, Model model) {
        JobView job = board.view(id);
        model.addAttribute("job", job);
        model.addAttribute("breadcrumbs", breadcrumbs(job, "jobs.report.thanks.title"));
        return "jobs/reported";
    }

    private String page(
            JobView job, ReportJobPostingForm form, FieldErrors errors, HttpServletResponse response, Model model) {
        model.addAttribute("job", job);
        if (job.gone()) {
            model.addAttribute(
                    "breadcrumbs", List.of(Breadcrumb.link("nav.jobs", "/jobs"), Breadcrumb.current(job.title())));
            response.setStatus(HttpStatus.GONE.value());
            return "jobs/gone";
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", ReportReason.values());
        model.addAttribute("maxNote", ModerationRules.MAX_TEXT);
        model.addAttribute("breadcrumbs", breadcrumbs(job, "jobs.report.title"));
        return "jobs/report";
    }

    private static List<Breadcrumb> breadcrumbs(JobView job, String page) {
        return List.of(
                Breadcrumb.link("nav.jobs", "/jobs"),
                new Breadcrumb(null, job.title(), "/jobs/" + job.id()),
                Breadcrumb.page(page));
    }
}
