package org.healthcareershub.employers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.employers.ContactEmployer;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerProfile;
import org.healthcareershub.employers.EmployerResults;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.employers.SpokenLanguages;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.identity.EmailVerification;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.PlainText;
import org.healthcareershub.web.Site;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class EmployerController {

    private final EmployerDirectory directory;
    private final Geography geography;
    private final EmployerSearchFormReader reader;
    private final CareerCatalog careers;
    private final JsonLd jsonLd;
    private final Site site;
    private final ContactEmployer contactEmployer;

    EmployerController(
            EmployerDirectory directory,
            Geography geography,
            EmployerSearchFormReader reader,
            CareerCatalog careers,
            JsonLd jsonLd,
            Site site,
            ContactEmployer contactEmployer) {
        this.directory = directory;
        this.geography = geography;
        this.reader = reader;
        this.careers = careers;
        this.jsonLd = jsonLd;
        this.site = site;
        this.contactEmployer = contactEmployer;
    }

    @GetMapping("/employers")
    String list(
            @ModelAttribute("form") EmployerSearchForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        // One URL, two bodies: without Vary the browser's cache hands the htmx fragment to the back button.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        // htmx restores a history entry it has no snapshot of by loading the URL into <body>: whole page.
        boolean fragment = htmx != null && historyRestore == null;
        EmployerSearchFormReader.Result read = reader.read(form, EmployerSearch.DEFAULT_PAGE_SIZE);
        EmployerSearch search = read.search();
        EmployerResults results = directory.search(search);
        model.addAttribute("read", read);
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("errors", read.errors());
        model.addAttribute("alertSearch", EmployerAlertSearch.reading(read));
        model.addAttribute("regions", geography.regions());
        // a setting no employer in the results has is hidden, unless it is chosen, so it can be unchosen
        model.addAttribute(
                "settingCodes",
                SettingCodes.ALL.stream()
                        .filter(code -> results.settings().containsKey(code)
                                || search.settings().contains(code))
                        .toList());
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("mapPoints", mapPoints(results));
        model.addAttribute("previousUrl", search.page() > 1 ? pageUrl(search.page() - 1) : null);
        model.addAttribute("nextUrl", search.page() < results.pageCount() ? pageUrl(search.page() + 1) : null);
        model.addAttribute("htmx", fragment);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("nav.employers")));
        return fragment ? "employers/list :: layout" : "employers/list";
    }

    @GetMapping("/employers/{slug:[a-z0-9-]{1,120}}")
    String show(@PathVariable String slug, Locale locale, Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean confirmedAccount = auth != null && EmailVerification.confirmed(auth, auth.getName());
        if (!model.containsAttribute("contact")) {
            // a confirmed account's own address sends at once, so the form starts with it
            model.addAttribute(
                    "contact",
                    confirmedAccount ? ContactEmployerForm.from(auth.getName()) : ContactEmployerForm.empty());
        }
        if (!model.containsAttribute("contactErrors")) {
            model.addAttribute("contactErrors", new FieldErrors());
        }
        EmployerProfile employer = directory.profile(slug);
        model.addAttribute("employer", employer);
        model.addAttribute("contactConfirmedAccount", confirmedAccount);
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("languageNames", SpokenLanguages.names(locale));
        model.addAttribute(
                "mapPoints",
                jsonLd.json(employer.sites().stream()
                        .map(s -> Map.of(
                                "lat", s.latitude(), "lon", s.longitude(), "label", employer.name() + ", " + s.city()))
                        .toList()));
        model.addAttribute(
                "jsonLd", jsonLd.write(OrganizationJsonLd.of(employer, site.absolute("/employers/" + slug))));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("nav.employers", "/employers"), Breadcrumb.current(employer.name())));
        return "employers/show";
    }

    @PostMapping("/employers/{slug:[a-z0-9-]{1,120}}/contact")
    String contact(
            @PathVariable String slug,
            @Valid @ModelAttribute("contact") ContactEmployerForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        // a message goes out at once only from the signed-in account's own confirmed address
        boolean addressConfirmed =
                EmailVerification.confirmed(SecurityContextHolder.getContext().getAuthentication(), form.email());
        if (form.website() != null && !form.website().isBlank()) {
            // a bot filled the hidden field: answer as if it worked, keep nothing
            redirect.addFlashAttribute("contacted", sentOrWaiting(addressConfirmed));
            return "redirect:/employers/" + slug + "#contact";
        }
        if (result.hasErrors()) {
            model.addAttribute("contactErrors", problems(result));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(slug, locale, model);
        }
        String career = careers.titles(locale).containsKey(form.career()) ? form.career() : null;
        ContactEmployer.Outcome outcome = contactEmployer.contact(
                slug,
                new ContactEmployer.Request(
                        form.name().strip(),
                        form.email().strip(),
                        form.phone() == null || form.phone().isBlank()
                                ? null
                                : form.phone().strip(),
                        career,
                        PlainText.normalized(form.message(), PlainText.Kind.MULTI_LINE)
                                .strip()),
                addressConfirmed,
                request.getRemoteAddr(),
                locale);
        if (outcome == ContactEmployer.Outcome.RATE_LIMITED) {
            model.addAttribute("contactErrors", new FieldErrors().add("message", "contact.error.rateLimited"));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return show(slug, locale, model);
        }
        redirect.addFlashAttribute("contacted", outcome.name());
        return "redirect:/employers/" + slug + "#contact";
    }

    private static String sentOrWaiting(boolean addressConfirmed) {
        return (addressConfirmed ? ContactEmployer.Outcome.SENT : ContactEmployer.Outcome.CONFIRMATION_NEEDED).name();
    }

    /**
     * The form's problems as message keys: a constraint names its key in braces ("{contact.error.name}"),
     * a problem rejected in code by its code.
     */
    private static FieldErrors problems(BindingResult result) {
        FieldErrors errors = new FieldErrors();
        for (FieldError error : result.getFieldErrors()) {
            String key = error.contains(ConstraintViolation.class)
                    ? error.unwrap(ConstraintViolation.class).getMessageTemplate()
                    : error.getCode();
            errors.add(error.getField(), key.replaceAll("^\\{(.*)}$", "$1"));
        }
        return errors;
    }

    private String mapPoints(EmployerResults results) {
        return jsonLd.json(results.hits().stream()
                .flatMap(hit -> hit.sites().stream()
                        .map(s -> Map.of(
                                "lat",
                                s.latitude(),
                                "lon",
                                s.longitude(),
                                "label",
                                hit.name() + ", " + s.town(),
                                "href",
                                "/employers/" + hit.slug())))
                .toList());
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
