package org.healthcareershub.trainings.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.FundingOption;
import org.healthcareershub.trainings.ImportReport;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingStatus;
import org.healthcareershub.trainings.domain.TrainingCsv;
import org.healthcareershub.trainings.domain.TrainingCsvImport;
import org.healthcareershub.trainings.domain.TrainingEditor;
import org.healthcareershub.trainings.domain.TrainingInput;
import org.healthcareershub.trainings.domain.TrainingRules;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff management of the catalog: list, create, edit, feature, archive and CSV import. */
@Controller
@RequestMapping("/admin/trainings")
class AdminTrainingController {

    static final int PAGE_SIZE = 50;
    static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    /** A new program's form: a draft, its cost not yet known. */
    static final TrainingInput BLANK = new TrainingInput(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "unknown",
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            null,
            null,
            "false",
            TrainingStatus.DRAFT.name(),
            "false",
            null,
            null);

    /** The template's example row: one hybrid program with every column filled in. */
    static final TrainingInput EXAMPLE = new TrainingInput(
            "example-care-coordination-certificate",
            "Care Coordination Certificate",
            "Example Community College",
            "https://example.org",
            "A 12-week evening certificate in care coordination, care planning and motivational interviewing.",
            "CERTIFICATE",
            "HYBRID",
            "1 Example Street",
            "Albany",
            "NY",
            "12207",
            "96",
            "12",
            "1250",
            List.of("EVENINGS", "WEEKENDS"),
            "2027-01-12|2027-09-07",
            "High school diploma or GED",
            List.of("WIOA", "CAREER_PATHWAYS"),
            List.of("care-coordination-and-care-management"),
            "Care Coordinator|Community Care Coordinator",
            "https://example.org/care-coordination",
            "false",
            "DRAFT",
            "true",
            "Certificado de coordinación de la atención",
            "Colegio Comunitario de Ejemplo");

    private final TrainingEditor editor;
    private final TrainingCsvImport importer;
    private final CareerCatalog careers;

    AdminTrainingController(TrainingEditor editor, TrainingCsvImport importer, CareerCatalog careers) {
        this.editor = editor;
        this.importer = importer;
        this.careers = careers;
    }

    @GetMapping
    String list(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        model.addAttribute("rows", editor.list(Math.max(0, page - 1), PAGE_SIZE));
        model.addAttribute("breadcrumbs", crumbs(Breadcrumb.page("admin.trainings.title")));
        return "trainings/admin/list";
    }

    @GetMapping("/new")
    String newForm(Locale locale, Model model) {
        return form(BLANK, null, locale, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") TrainingInput form, Locale locale, Model model, RedirectAttributes redirect) {
        TrainingRules.Result checked = editor.check(form, null);
        if (!checked.isValid()) {
            model.addAttribute("errors", checked.errors());
            return form(form, null, locale, model);
        }
        TrainingRules.Entry entry = checked.entry();
        long id = editor.create(externalId(entry), entry.provider(), entry.providerUrl(), entry.details());
        redirect.addFlashAttribute("saved", entry.details().title());
        return "redirect:/admin/trainings/" + id + "/edit";
    }

    @GetMapping("/{id:\\d{1,18}}/edit")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        return form(editor.load(id).input(), id, locale, model);
    }

    @PostMapping("/{id:\\d{1,18}}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") TrainingInput form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        editor.load(id);
        TrainingRules.Result checked = editor.check(form, id);
        if (!checked.isValid()) {
            model.addAttribute("errors", checked.errors());
            return form(form, id, locale, model);
        }
        TrainingRules.Entry entry = checked.entry();
        editor.update(id, externalId(entry), entry.provider(), entry.providerUrl(), entry.details());
        redirect.addFlashAttribute("saved", entry.details().title());
        return "redirect:/admin/trainings/" + id + "/edit";
    }

    @PostMapping("/{id:\\d{1,18}}/feature")
    String feature(@PathVariable long id, @RequestParam boolean featured, RedirectAttributes redirect) {
        editor.feature(id, featured);
        redirect.addFlashAttribute(
                "changed", featured ? "admin.trainings.featuredNow" : "admin.trainings.unfeaturedNow");
        return "redirect:/admin/trainings";
    }

    @PostMapping("/{id:\\d{1,18}}/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        editor.archive(id);
        redirect.addFlashAttribute("changed", "admin.trainings.archivedNow");
        return "redirect:/admin/trainings";
    }

    @GetMapping("/import")
    String importForm(Model model) {
        return importPage(new FieldErrors(), model);
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return importPage(new FieldErrors().add("file", "admin.import.noFile"), model);
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            return importPage(new FieldErrors().add("file", "admin.import.tooBig"), model);
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = importer.importCsv(reader);
            model.addAttribute("report", report);
            FieldErrors errors = new FieldErrors();
            if (report.fileProblem() != null && report.rows().isEmpty()) {
                errors.add("file", report.fileProblem());
            }
            return importPage(errors, model);
        }
    }

    private String importPage(FieldErrors errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute(
                "breadcrumbs",
                crumbs(
                        Breadcrumb.link("admin.trainings.title", "/admin/trainings"),
                        Breadcrumb.page("admin.import.title")));
        return "trainings/admin/import";
    }

    @GetMapping("/import/template.csv")
    ResponseEntity<String> template() throws IOException {
        StringBuilder csv = new StringBuilder();
        TrainingCsv.write(csv, List.of(EXAMPLE));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trainings-template.csv\"")
                .body(csv.toString());
    }

    private String form(TrainingInput form, Long id, Locale locale, Model model) {
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FieldErrors());
        }
        model.addAttribute("trainingId", id);
        model.addAttribute("types", CredentialType.values());
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("schedules", Schedule.values());
        model.addAttribute("fundingOptions", FundingOption.values());
        model.addAttribute("statuses", TrainingStatus.values());
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute(
                "breadcrumbs",
                crumbs(
                        Breadcrumb.link("admin.trainings.title", "/admin/trainings"),
                        Breadcrumb.page(id == null ? "admin.trainings.new" : "admin.trainings.edit")));
        return "trainings/admin/form";
    }

    private static List<Breadcrumb> crumbs(Breadcrumb... more) {
        List<Breadcrumb> crumbs = new ArrayList<>();
        crumbs.add(Breadcrumb.link("admin.title", "/admin"));
        crumbs.addAll(Arrays.asList(more));
        return crumbs;
    }

    /** The key staff gave, or one made from the title so that a later import can match the program. */
    private static String externalId(TrainingRules.Entry entry) {
        return entry.externalId() != null
                ? entry.externalId()
                : generatedId(entry.details().title());
    }

    private static String generatedId(String title) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.length() > 80 ? slug.substring(0, 80) : slug;
        return (slug.isEmpty() ? "training" : slug) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
