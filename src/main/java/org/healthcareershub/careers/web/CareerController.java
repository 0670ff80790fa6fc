package org.healthcareershub.careers.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerHighlights;
import org.healthcareershub.careers.CareerOpenings;
import org.healthcareershub.careers.CareerProfile;
import org.healthcareershub.careers.RegionalWages;
import org.healthcareershub.careers.WageSurveys;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.CachedPage;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.Site;
import org.springframework.beans.factory.ObjectProvider;
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
    private final WageSurveys wageSurveys;
    private final ObjectProvider<CareerOpenings> openings;

    CareerController(
            CareerCatalog catalog,
            JsonLd jsonLd,
            Site site,
            List<CareerHighlights> highlights,
            WageSurveys wageSurveys,
            ObjectProvider<CareerOpenings> openings) {
        this.catalog = catalog;
        this.openings = openings;
        this.wageSurveys = wageSurveys;
        this.jsonLd = jsonLd;
        this.site = site;
        this.highlights = highlights;
    }

    @GetMapping("/careers")
    @CachedPage
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

    /**
     * A career page. {@code region} (one of New York's regions) chooses whose published wages the page
     * shows; it is a plain query parameter so that each region's page is its own cacheable URL. Kept in the
     * page cache per region; an unknown region shows its problem and is not kept.
     */
    @GetMapping("/careers/{slug}")
    @CachedPage(variants = "region")
    String show(
            @PathVariable String slug,
            @RequestParam(name = "region", required = false) String region,
            Locale locale,
            Model model) {
        CareerProfile profile = catalog.profile(slug, locale);
        String chosen = region == null || region.isBlank() ? null : region.strip();
        FieldErrors regionErrors = new FieldErrors();
        if (chosen != null && !wageSurveys.regions().contains(chosen)) {
            regionErrors.add("region", "careers.wages.regionUnknown");
            chosen = null;
        }
        Optional<RegionalWages> wages = wageSurveys.forCareer(profile.content(), chosen);
        Optional<RegionalWages> statewide = chosen == null ? wages : wageSurveys.forCareer(profile.content(), null);
        model.addAttribute("wages", wages.orElse(null));
        model.addAttribute("regions", wageSurveys.regions());
        model.addAttribute("region", chosen);
        model.addAttribute("regionErrors", regionErrors);
        model.addAttribute("profile", profile);
        model.addAttribute("career", profile.content());
        model.addAttribute("choices", GetStartedChoice.forCareer(slug));
        CareerOpenings board = openings.getIfAvailable();
        model.addAttribute("openingCount", board == null ? null : board.openingsIn(slug));
        model.addAttribute(
                "highlights",
                highlights.stream()
                        .flatMap(h -> h.highlightFor(slug, locale).stream())
                        .toList());
        model.addAttribute(
                "jsonLd",
                jsonLd.write(OccupationJsonLd.of(
                        profile.content(), site.absolute("/careers/" + slug), site, statewide.orElse(null))));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("nav.careers", "/careers"),
                        Breadcrumb.current(profile.content().title())));
        return "careers/show";
    }
}
