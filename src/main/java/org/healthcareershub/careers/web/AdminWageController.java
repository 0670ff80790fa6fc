package org.healthcareershub.careers.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.careers.domain.OccupationWages;
import org.healthcareershub.careers.domain.OewsImport;
import org.healthcareershub.careers.domain.WageImportReport;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Staff loading of a year's BLS OEWS wage tables, which career pages show by region. */
@Controller
@RequestMapping(AdminWageController.PATH)
class AdminWageController {

    static final String PATH = "/admin/careers/wages";
    static final String VIEW = "careers/admin/wages";
    /** BLS publishes each year's figures for May; the first OEWS release in its current form was 1997. */
    static final int FIRST_YEAR = 1997;

    private final OewsImport importer;
    private final OccupationWages wages;

    AdminWageController(OewsImport importer, OccupationWages wages) {
        this.importer = importer;
        this.wages = wages;
    }

    @GetMapping
    String form(Model model, Locale locale) {
        return page(new ImportWagesForm(null, Month.MAY.getValue()), new FieldErrors(), model, locale);
    }

    @PostMapping
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "month", required = false) String month,
            Model model,
            Locale locale)
            throws IOException {
        ImportWagesForm form = ImportWagesForm.read(year, month);
        FieldErrors errors = form.check(FIRST_YEAR, LocalDate.now().getYear() + 1);
        if (file == null || file.isEmpty()) {
            errors.add("file", "admin.wages.error.noFile");
        }
        if (!errors.isEmpty()) {
            return page(form, errors, model, locale);
        }
        YearMonth survey = YearMonth.of(form.year(), form.month());
        WageImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = importer.importFile(in, survey);
        }
        if (report.fileProblem() != null) {
            errors.add("file", report.fileProblem().key(), report.fileProblem().args());
        }
        model.addAttribute("report", report);
        return page(form, errors, model, locale);
    }

    private String page(ImportWagesForm form, FieldErrors errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        Map<Integer, String> months = new LinkedHashMap<>();
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, locale);
            months.put(month.getValue(), name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
        model.addAttribute("months", months);
        model.addAttribute("loaded", wages.loaded());
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.link("admin.title", "/admin"), Breadcrumb.page("admin.wages.title")));
        return VIEW;
    }

    /** The survey a file holds, as typed: the year may be missing or not a number until checked. */
    record ImportWagesForm(Integer year, Integer month, String yearText) {

        ImportWagesForm(Integer year, Integer month) {
            this(year, month, year == null ? "" : year.toString());
        }

        static ImportWagesForm read(String year, String month) {
            return new ImportWagesForm(number(year), number(month), year == null ? "" : year.strip());
        }

        FieldErrors check(int firstYear, int lastYear) {
            FieldErrors errors = new FieldErrors();
            if (yearText.isEmpty()) {
                errors.add("year", "admin.wages.error.yearRequired");
            } else if (year == null || year < firstYear || year > lastYear) {
                errors.add("year", "admin.wages.error.year", String.valueOf(firstYear), String.valueOf(lastYear));
            }
            if (month == null || month < 1 || month > 12) {
                errors.add("month", "admin.wages.error.month");
            }
            return errors;
        }

        private static Integer number(String text) {
            try {
                return text == null ? null : Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
