package org.healthcareershub.jobs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.jobs.EmploymentType;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobLanguage;
import org.healthcareershub.jobs.JobResults;
import org.healthcareershub.jobs.JobSearch;
import org.healthcareershub.jobs.JobSort;
import org.healthcareershub.jobs.JobView;
import org.healthcareershub.jobs.WorkSchedule;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.Choice;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.Markdown;
import org.healthcareershub.web.PageLinks;
import org.healthcareershub.web.Site;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class JobController {

    static final String STATE = "NY";

    private final JobBoard board;
    private final CareerCatalog careers;
    private final JobSearchFormReader reader;
    private final Markdown markdown = new Markdown();
    private final JsonLd jsonLd;
    private final Site site;

    JobController(JobBoard board, CareerCatalog careers, JobSearchFormReader reader, JsonLd jsonLd, Site site) {
        this.board = board;
        this.careers = careers;
        this.reader = reader;
        this.jsonLd = jsonLd;
        this.site = site;
    }

    @GetMapping("/jobs")
    String list(
            @ModelAttribute("form") JobSearchForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        // One URL, two bodies: without Vary the browser's cache hands the htmx fragment to the back button.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean fragment = htmx != null && historyRestore == null;
        JobSearchFormReader.Result read = reader.read(form, JobSearch.DEFAULT_PAGE_SIZE);
        JobResults results = board.search(read.search());
        model.addAttribute("read", read);
        model.addAttribute("search", read.search());
        model.addAttribute("results", results);
        model.addAttribute("errors", read.errors());
        model.addAttribute("alertSearch", JobAlertSearch.reading(read));
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("types", EmploymentType.values());
        model.addAttribute("schedules", WorkSchedule.values());
        model.addAttribute("languages", JobLanguage.values());
        model.addAttribute("postedChoices", postedChoices());
        model.addAttribute("sorts", JobSort.values());
        model.addAttribute("pageLinks", PageLinks.around(results.page(), results.pageCount()));
        model.addAttribute("feedUrl", feedUrl());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("nav.jobs")));
        if (fragment && !read.errors().isEmpty()) {
            // The messages live in the form, so it is swapped too (see the trainings search).
            response.setHeader("HX-Retarget", "#search");
            response.setHeader("HX-Reswap", "outerHTML");
            model.addAttribute("htmx", false);
            return "jobs/list :: search";
        }
        model.addAttribute("htmx", fragment);
        return fragment ? "jobs/list :: results" : "jobs/list";
    }

    @GetMapping("/jobs/{id:\\d{1,18}}")
    String show(@PathVariable long id, Locale locale, HttpServletResponse response, Model model) {
        JobView job = board.view(id);
        model.addAttribute("job", job);
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.link("nav.jobs", "/jobs"), Breadcrumb.current(job.title())));
        if (job.gone()) {
            response.setStatus(HttpStatus.GONE.value());
            return "jobs/gone";
        }
        String description = markdown.html(job.description());
        model.addAttribute("descriptionHtml", description);
        model.addAttribute("summary", abbreviate(markdown.text(job.description())));
        model.addAttribute("similar", board.similar(id, 4));
        model.addAttribute(
                "mapPoints",
                jsonLd.json(List.of(Map.of(
                        "lat",
                        job.point().latitude(),
                        "lon",
                        job.point().longitude(),
                        "label",
                        job.employerName() + ", " + job.city(),
                        "href",
                        "/jobs/" + id))));
        model.addAttribute(
                "jsonLd",
                jsonLd.write(JobPostingJsonLd.of(
                        job,
                        site.absolute("/jobs/" + id),
                        description,
                        site.absolute("/employers/" + job.employerSlug()),
                        STATE)));
        return "jobs/show";
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private static List<Choice> postedChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.of("", "jobs.posted.any"));
        for (Integer days : JobSearchFormReader.POSTED_CHOICES) {
            choices.add(Choice.of(String.valueOf(days), "jobs.posted.days", days));
        }
        return choices;
    }

    /** The feed of this search's newest openings: the same query on another path, without page or sort. */
    private static String feedUrl() {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replacePath("/jobs/feed.atom")
                .replaceQueryParam("page")
                .replaceQueryParam("sort")
                .build()
                .toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
