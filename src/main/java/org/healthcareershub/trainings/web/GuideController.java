package org.healthcareershub.trainings.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.healthcareershub.careers.Qualifications;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.SearchArea;
import org.healthcareershub.trainings.GuideAnswers;
import org.healthcareershub.trainings.GuideDefaults;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingGuide;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.Choice;
import org.healthcareershub.web.FieldErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** "Not sure what training program is best for you?": a few questions, then suggestions and the eligibility check. */
@Controller
class GuideController {

    static final List<String> BUDGETS = List.of("free", "500", "1000", "2500", "5000");

    static final List<Choice> BUDGET_CHOICES = BUDGETS.stream()
            .map(budget -> budget.equals("free")
                    ? Choice.of(budget, "guide.budget.free")
                    : Choice.of(budget, "guide.budget.upTo", budget))
            .toList();

    private final TrainingGuide guide;
    private final CareerCatalog careers;
    private final Geography geography;
    private final ObjectProvider<GuideDefaults> defaults;

    GuideController(
            TrainingGuide guide, CareerCatalog careers, Geography geography, ObjectProvider<GuideDefaults> defaults) {
        this.guide = guide;
        this.careers = careers;
        this.geography = geography;
        this.defaults = defaults;
    }

    @GetMapping("/trainings/guide")
    String guide(@ModelAttribute("form") GuideForm form, Locale locale, Model model) {
        Map<String, String> careerTitles = careers.titles(locale);
        model.addAttribute("careerTitles", careerTitles);
        model.addAttribute("educationLevels", EducationLevel.values());
        model.addAttribute("licenses", License.values());
        model.addAttribute("schedules", Schedule.values());
        model.addAttribute("budgets", BUDGET_CHOICES);
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.link("nav.trainings", "/trainings"), Breadcrumb.page("guide.title")));
        FieldErrors errors = new FieldErrors();
        model.addAttribute("errors", errors);
        if (form.isEmpty()) {
            prefill(careerTitles, model);
            return "trainings/guide";
        }
        GuideAnswers answers = answers(form, careerTitles, errors);
        model.addAttribute("answers", answers);
        model.addAttribute("advice", guide.advise(answers));
        return "trainings/guide";
    }

    /** Fills the empty form with what is already known about the visitor; the person still submits it. */
    private void prefill(Map<String, String> careerTitles, Model model) {
        GuideDefaults source = defaults.getIfAvailable();
        if (source == null) {
            return;
        }
        source.forCurrentVisitor().ifPresent(known -> {
            GuideForm filled = new GuideForm(
                    careerTitles.containsKey(known.career()) ? known.career() : null,
                    known.education() == null ? null : known.education().name(),
                    known.licenses().stream().map(Enum::name).sorted().toList(),
                    known.years() == null ? null : known.years().toString(),
                    known.zip(),
                    null,
                    null,
                    null,
                    null);
            if (!filled.isEmpty()) {
                model.addAttribute("form", filled);
                model.addAttribute("prefilled", true);
            }
        });
    }

    private GuideAnswers answers(GuideForm form, Map<String, String> careerTitles, FieldErrors errors) {
        String career = careerTitles.containsKey(form.career()) ? form.career() : null;
        EducationLevel education = SearchFormReader.choice(form.education(), EducationLevel.class);
        double years = 0;
        if (form.years() != null && !form.years().isBlank()) {
            try {
                years = Double.parseDouble(form.years().strip());
                if (years < 0 || years > 60 || Double.isNaN(years)) {
                    errors.add("years", "guide.error.years");
                    years = 0;
                }
            } catch (NumberFormatException e) {
                errors.add("years", "guide.error.years");
            }
        }
        SearchArea area = geography.area(form.near(), form.miles());
        area.nearProblem().ifPresent(key -> errors.add("near", key));
        area.radiusProblem().ifPresent(key -> errors.add("miles", key));
        BigDecimal budget = null;
        if (form.budget() != null && BUDGETS.contains(form.budget())) {
            budget = form.budget().equals("free") ? BigDecimal.ZERO : new BigDecimal(form.budget());
        }
        GuideAnswers.ModePreference mode = SearchFormReader.choice(form.mode(), GuideAnswers.ModePreference.class);
        return new GuideAnswers(
                career,
                new Qualifications(education, SearchFormReader.choices(form.license(), License.class), years),
                area.place().orElse(null),
                area.miles().miles(),
                budget,
                SearchFormReader.choices(form.schedule(), Schedule.class),
                mode);
    }
}
