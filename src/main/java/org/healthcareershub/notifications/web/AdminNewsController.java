package org.healthcareershub.notifications.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.notifications.domain.CareerNews;
import org.healthcareershub.notifications.domain.NewsIssue;
import org.healthcareershub.notifications.domain.NewsRules;
import org.healthcareershub.notifications.domain.NewsSender;
import org.healthcareershub.web.AdminSection;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff write career news ({@code /admin/news}): a draft's title, Markdown and audience, its preview (the
 * mail exactly as a subscriber gets it), a test sent to themselves, then the send in the background, whose
 * progress the issue's page shows (reloading it, or htmx polling its progress part).
 */
@Controller
class AdminNewsController implements AdminSection {

    private static final String ID = "/admin/news/{id:\\d{1,18}}";

    private final CareerNews news;
    private final NewsSender sender;
    private final CareerCatalog careers;
    private final Geography geography;

    AdminNewsController(CareerNews news, NewsSender sender, CareerCatalog careers, Geography geography) {
        this.news = news;
        this.sender = sender;
        this.careers = careers;
        this.geography = geography;
    }

    @GetMapping("/admin/news")
    String list(Locale locale, Model model) {
        return listPage(NewsRules.IssueInput.empty(), new FieldErrors(), locale, model);
    }

    @PostMapping("/admin/news")
    String create(@ModelAttribute NewsRules.IssueInput form, Locale locale, Model model, HttpServletResponse response) {
        FieldErrors errors = new FieldErrors();
        return news.create(form, errors).map(id -> "redirect:/admin/news/" + id).orElseGet(() -> {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return listPage(form, errors, locale, model);
        });
    }

    @GetMapping(ID)
    String show(@PathVariable long id, Locale locale, Model model) {
        NewsIssue issue = issue(id);
        return issuePage(issue, NewsRules.IssueInput.of(issue), new FieldErrors(), locale, model);
    }

    @PostMapping(ID)
    String save(
            @PathVariable long id,
            @ModelAttribute NewsRules.IssueInput form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        if (!news.edit(id, form, errors)) {
            redirect.addFlashAttribute("notice", "news.admin.notDraft");
            return "redirect:/admin/news/" + id;
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return issuePage(issue(id), form, errors, locale, model);
        }
        redirect.addFlashAttribute("notice", "news.admin.saved");
        return "redirect:/admin/news/" + id;
    }

    @PostMapping(ID + "/test")
    String test(@PathVariable long id, Authentication auth, Locale locale, RedirectAttributes redirect) {
        boolean sent = news.sendTest(issue(id), auth.getName(), locale);
        redirect.addFlashAttribute("notice", sent ? "news.admin.tested" : "news.admin.invalid");
        return "redirect:/admin/news/" + id;
    }

    /** Sends to every subscriber, once staff ticked that they sent themselves a test and checked it. */
    @PostMapping(ID + "/send")
    String send(
            @PathVariable long id,
            @RequestParam(required = false) String tested,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NewsIssue issue = issue(id);
        if (issue.draft() && !"true".equals(tested)) {
            FieldErrors errors = new FieldErrors();
            errors.add("tested", "news.admin.error.tested");
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return issuePage(issue, NewsRules.IssueInput.of(issue), errors, locale, model);
        }
        if (news.startSending(id)) {
            sender.sendInBackground(id);
            redirect.addFlashAttribute("notice", "news.admin.sending");
        } else {
            redirect.addFlashAttribute("notice", "news.admin.notDraft");
        }
        return "redirect:/admin/news/" + id;
    }

    /** The progress part alone, for htmx to poll while the issue is being sent. */
    @GetMapping(ID + "/progress")
    String progress(@PathVariable long id, Model model) {
        NewsIssue issue = issue(id);
        model.addAttribute("issue", issue);
        model.addAttribute("delivered", news.delivered(id));
        return "notifications/news/admin-issue :: progress";
    }

    private NewsIssue issue(long id) {
        return news.issue(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String listPage(NewsRules.IssueInput form, FieldErrors errors, Locale locale, Model model) {
        model.addAttribute("issues", news.issues());
        choices(form, errors, locale, model);
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.link("admin.title", "/admin"), Breadcrumb.page("news.admin.title")));
        return "notifications/news/admin-list";
    }

    private String issuePage(
            NewsIssue issue, NewsRules.IssueInput form, FieldErrors errors, Locale locale, Model model) {
        model.addAttribute("issue", issue);
        model.addAttribute("preview", news.preview(issue, locale));
        model.addAttribute("audience", issue.draft() ? news.audience(issue) : issue.total());
        model.addAttribute("delivered", news.delivered(issue.id()));
        choices(form, errors, locale, model);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("admin.title", "/admin"),
                        Breadcrumb.link("news.admin.title", "/admin/news"),
                        Breadcrumb.current(issue.title())));
        return "notifications/news/admin-issue";
    }

    private void choices(NewsRules.IssueInput form, FieldErrors errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("regions", geography.regions());
    }

    @Override
    public String titleKey() {
        return "news.admin.title";
    }

    @Override
    public String descriptionKey() {
        return "news.admin.description";
    }

    @Override
    public String href() {
        return "/admin/news";
    }
}
