package org.healthcareershub.careers.web;

import java.util.List;
import java.util.Locale;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerHighlights;
import org.healthcareershub.careers.CareerProfile;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CareerController {

    static final int MAX_QUERY_LENGTH = 200;

    private final CareerCatalog catalog;
    private final JsonLd jsonLd;
    private final Site site;
    private final List<CareerHighlights> highlights;

    CareerController(CareerCatalog catalog, JsonLd jsonLd, Site site, List<CareerHighlights> highlights) {
        this.catalog = catalog;
        this.jsonLd = jsonLd;
        this.site = site;
        this.highlights = highlights;
    }

    @GetMapping("/careers")
    String list(@RequestParam(name = "q", required = false) String query, Locale locale, Model model) {
        String trimmed = query == null ? "" : query.strip();
        FieldErrors errors = new FieldErrors();
        model.addAttribute("errors", errors);
        if (trimmed.length() > MAX_QUERY_LENGTH) {
            errors.add("q", "careers.filter.tooLong");
            trimmed = trimmed.substring(0, MAX_QUERY_LENGTH);
        }
        model.addAttribute("q", trimmed);
        model.addAttribute("careers", catalog.list(locale, trimmed));
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("nav.careers")));
        return "careers/list";
    }

    @GetMapping("/careers/{slug}")
    String show(@PathVariable String slug, Locale locale, Model model) {
        CareerProfile profile = catalog.profile(slug, locale);
        model.addAttribute("profile", profile);
        model.addAttribute("career", profile.content());
        model.addAttribute(
                "choices", GetStartedChoice.forCareer(slug, profile.content().title()));
        model.addAttribute(
                "highlights",
                highlights.stream()
                        .flatMap(h -> h.highlightFor(slug, locale).stream())
                        .toList());
        model.addAttribute(
                "jsonLd",
                jsonLd.write(OccupationJsonLd.of(profile.content(), site.absolute("/careers/" + slug), site)));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("nav.careers", "/careers"),
                        Breadcrumb.current(profile.content().title())));
        return "careers/show";
    }
}
