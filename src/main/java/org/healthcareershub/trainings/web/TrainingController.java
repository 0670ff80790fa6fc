package org.healthcareershub.trainings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.trainings.TrainingFacets;
import org.healthcareershub.trainings.TrainingResults;
import org.healthcareershub.trainings.TrainingSearch;
import org.healthcareershub.trainings.TrainingSort;
import org.healthcareershub.trainings.TrainingView;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.Choice;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.PageLinks;
import org.healthcareershub.web.Site;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

@Controller
class TrainingController {

    private final TrainingCatalog catalog;
    private final CareerCatalog careers;
    private final SearchFormReader reader;
    private final JsonLd jsonLd;
    private final Site site;

    TrainingController(
            TrainingCatalog catalog, CareerCatalog careers, SearchFormReader reader, JsonLd jsonLd, Site site) {
        this.catalog = catalog;
        this.careers = careers;
        this.reader = reader;
        this.jsonLd = jsonLd;
        this.site = site;
    }

    @GetMapping("/trainings")
    String list(
            @ModelAttribute("form") SearchForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        // One URL, two bodies: without Vary the browser's cache hands the htmx fragment to the back button.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        // htmx restores a history entry it has no snapshot of by loading the URL into <body>: whole page.
        boolean fragment = htmx != null && historyRestore == null;
        SearchFormReader.Result read = reader.read(form, TrainingSearch.DEFAULT_PAGE_SIZE);
        TrainingResults results = catalog.search(read.search());
        model.addAttribute("read", read);
        model.addAttribute("search", read.search());
        model.addAttribute("results", results);
        model.addAttribute("errors", read.errors());
        model.addAttribute("alertSearch", TrainingAlertSearch.reading(read));
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("costChoices", costChoices(results.facets()));
        model.addAttribute("costChosen", costChosen(read.search().maxCost()));
        model.addAttribute("sorts", TrainingSort.values());
        model.addAttribute("pageLinks", PageLinks.around(results.page(), results.pageCount()));
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("nav.trainings")));
        if (fragment && !read.errors().isEmpty()) {
            // The messages live in the form, so it is swapped too, and it then submits without htmx until the
            // next whole page: an htmx swap of #results alone would leave the old messages standing.
            response.setHeader("HX-Retarget", "#search");
            response.setHeader("HX-Reswap", "outerHTML");
            model.addAttribute("htmx", false);
            return "trainings/list :: search";
        }
        model.addAttribute("htmx", fragment);
        if (fragment) {
            return "trainings/list :: results";
        }
        // Featured programs lead the unfiltered results with their badge, so no second list repeats them.
        return "trainings/list";
    }

    @GetMapping("/trainings/{id:\\d{1,18}}")
    String show(@PathVariable long id, Locale locale, Model model) {
        TrainingView training = catalog.view(id);
        model.addAttribute("training", training);
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("similar", catalog.similar(id, 4));
        if (training.hasLocation()) {
            model.addAttribute(
                    "mapPoints",
                    jsonLd.json(List.of(Map.of(
                            "lat",
                            training.location().point().latitude(),
                            "lon",
                            training.location().point().longitude(),
                            "label",
                            training.title() + ", " + training.location().city(),
                            "href",
                            "/trainings/" + id))));
        }
        model.addAttribute(
                "jsonLd", jsonLd.write(ProgramJsonLd.of(training, site.absolute("/trainings/" + id), careers)));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("nav.trainings", "/trainings"), Breadcrumb.current(training.title())));
        return "trainings/show";
    }

    /** "Any cost", then each cost bucket the results have ("free", "500", ...), as the facet keys them. */
    private static List<Choice> costChoices(TrainingFacets facets) {
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.of("", "trainings.cost.any"));
        for (String bucket : facets.costs().keySet()) {
            choices.add(
                    bucket.equals("free")
                            ? Choice.of(bucket, "trainings.cost.free")
                            : Choice.of(bucket, "trainings.cost.under", bucket));
        }
        return choices;
    }

    /** The cost bucket a search's maximum cost is, so its radio is checked; null for any cost. */
    private static String costChosen(BigDecimal maxCost) {
        if (maxCost == null) {
            return null;
        }
        return maxCost.signum() == 0 ? "free" : maxCost.toPlainString();
    }
}
