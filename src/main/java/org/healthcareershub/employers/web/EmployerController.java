package org.healthcareershub.employers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.employers.ContactEmployer;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerProfile;
import org.healthcareershub.employers.EmployerResults;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Lookup;
import org.healthcareershub.geo.Place;
import org.healthcareershub.geo.Radius;
import org.healthcareershub.identity.EmailVerification;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.Site;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class EmployerController {

    static final int MAX_QUERY = 200;

    private final EmployerDirectory directory;
    private final Geography geography;
    private final CareerCatalog careers;
    private final JsonLd jsonLd;
    private final Site site;
    private final ContactEmployer contactEmployer;
    private final MessageSource messages;

    EmployerController(
            EmployerDirectory directory,
            Geography geography,
            CareerCatalog careers,
            JsonLd jsonLd,
            Site site,
            ContactEmployer contactEmployer,
            MessageSource messages) {
        this.directory = directory;
        this.geography = geography;
        this.careers = careers;
        this.jsonLd = jsonLd;
        this.site = site;
        this.contactEmployer = contactEmployer;
        this.messages = messages;
    }

    @GetMapping("/employers")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> setting,
            @RequestParam(required = false) String career,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String near,
            @RequestParam(required = false) String radius,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        // One URL, two bodies: without Vary the browser's cache hands the htmx fragment to the back button.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        // htmx restores a history entry it has no snapshot of by loading the URL into <body>: whole page.
        boolean fragment = htmx != null && historyRestore == null;
        Map<String, String> errors = new LinkedHashMap<>();
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY) {
            errors.put("q", "trainings.error.q.tooLong");
            text = text.substring(0, MAX_QUERY);
        }
        Place place = null;
        if (near != null && !near.isBlank()) {
            Lookup lookup = geography.lookup(near);
            if (lookup instanceof Lookup.Found found) {
                place = found.place();
            } else if (lookup instanceof Lookup.Invalid invalid) {
                errors.put("near", invalid.messageKey());
            } else if (lookup instanceof Lookup.Unknown unknown) {
                errors.put("near", unknown.messageKey());
            }
        }
        Radius miles = Radius.read(radius);
        if (!miles.isValid()) {
            errors.put("radius", miles.errorKey());
        }
        int pageNumber = 1;
        try {
            pageNumber = page == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(page)));
        } catch (NumberFormatException ignored) {
            // a mangled page number shows the first page
        }
        String chosenRegion = region != null && geography.regions().contains(region) ? region : null;
        EmployerSearch search = new EmployerSearch(
                text,
                setting == null ? Set.of() : Set.copyOf(setting),
                career,
                chosenRegion,
                place == null ? null : place.point(),
                miles.miles(),
                pageNumber,
                EmployerSearch.DEFAULT_PAGE_SIZE);
        EmployerResults results = directory.search(search);
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("errors", errors);
        model.addAttribute("place", place);
        model.addAttribute("q", text);
        model.addAttribute("near", near);
        model.addAttribute("radius", radius == null ? String.valueOf(miles.miles()) : radius);
        model.addAttribute("regions", geography.regions());
        model.addAttribute("settingCodes", SettingCodes.ALL);
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("mapPoints", mapPoints(results));
        model.addAttribute("previousUrl", pageNumber > 1 ? pageUrl(pageNumber - 1) : null);
        model.addAttribute("nextUrl", pageNumber < results.pageCount() ? pageUrl(pageNumber + 1) : null);
        model.addAttribute("htmx", fragment);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("nav.employers")));
        return fragment ? "employers/list :: layout" : "employers/list";
    }

    @GetMapping("/employers/{slug:[a-z0-9-]{1,120}}")
    String show(@PathVariable String slug, Locale locale, Model model) {
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", ContactEmployerForm.empty());
        }
        if (!model.containsAttribute("contactErrors")) {
            model.addAttribute("contactErrors", Map.of());
        }
        EmployerProfile employer = directory.profile(slug);
        model.addAttribute("employer", employer);
        model.addAttribute(
                "confirmEmailFirst",
                EmailVerification.pending(SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("careerTitles", careers.titles(locale));
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
        if (EmailVerification.pending(SecurityContextHolder.getContext().getAuthentication())) {
            // signed in but not confirmed: the page explains, and nothing is stored or mailed
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return show(slug, locale, model);
        }
        if (form.website() != null && !form.website().isBlank()) {
            // a bot filled the hidden field: answer as if it worked, keep nothing
            redirect.addFlashAttribute("contacted", true);
            return "redirect:/employers/" + slug + "#contact";
        }
        if (result.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : result.getFieldErrors()) {
                errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
            }
            model.addAttribute("contactErrors", errors);
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
                        form.message().strip()),
                request.getRemoteAddr(),
                locale);
        if (outcome == ContactEmployer.Outcome.RATE_LIMITED) {
            model.addAttribute(
                    "contactErrors", Map.of("message", messages.getMessage("contact.error.rateLimited", null, locale)));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return show(slug, locale, model);
        }
        redirect.addFlashAttribute("contacted", true);
        return "redirect:/employers/" + slug + "#contact";
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
