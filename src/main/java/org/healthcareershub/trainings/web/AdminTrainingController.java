package org.healthcareershub.trainings.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Place;
import org.healthcareershub.trainings.Cost;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.FundingOption;
import org.healthcareershub.trainings.ImportReport;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingStatus;
import org.healthcareershub.trainings.domain.TrainingCsvImport;
import org.healthcareershub.trainings.domain.TrainingDetails;
import org.healthcareershub.trainings.domain.TrainingEditor;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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

    private final TrainingEditor editor;
    private final TrainingCsvImport importer;
    private final CareerCatalog careers;
    private final MessageSource messages;

    AdminTrainingController(
            TrainingEditor editor, TrainingCsvImport importer, CareerCatalog careers, MessageSource messages) {
        this.editor = editor;
        this.importer = importer;
        this.careers = careers;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        model.addAttribute("rows", editor.list(Math.max(0, page - 1), PAGE_SIZE));
        model.addAttribute("breadcrumbs", crumbs(Breadcrumb.page("admin.trainings.title")));
        return "trainings/admin/list";
    }

    @GetMapping("/new")
    String newForm(Locale locale, Model model) {
        return form(EditTrainingForm.blank(), null, locale, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") EditTrainingForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Optional<TrainingDetails> details = details(form, null, result);
        if (details.isEmpty()) {
            model.addAttribute("errors", errors(result, locale));
            return form(form, null, locale, model);
        }
        String externalId = blank(form.externalId()) ? generatedId(form.title()) : form.externalId();
        long id = editor.create(externalId, form.provider(), emptyToNull(form.providerUrl()), details.get());
        redirect.addFlashAttribute("saved", form.title());
        return "redirect:/admin/trainings/" + id + "/edit";
    }

    @GetMapping("/{id:\\d{1,18}}/edit")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        TrainingEditor.Stored stored = editor.load(id);
        TrainingDetails d = stored.details();
        EditTrainingForm form = new EditTrainingForm(
                stored.externalId(),
                d.title(),
                stored.provider(),
                stored.providerUrl(),
                d.description(),
                d.credentialType().name(),
                d.deliveryMode().name(),
                d.street(),
                d.city(),
                d.zip(),
                d.lengthHours() == null ? null : d.lengthHours().toString(),
                d.lengthWeeks() == null ? null : d.lengthWeeks().toString(),
                d.cost().toString(),
                names(d.schedules()),
                String.join(
                        "\n", d.startDates().stream().map(LocalDate::toString).toList()),
                d.prerequisites(),
                names(d.funding()),
                d.careers(),
                String.join("\n", d.jobTitles()),
                d.url(),
                String.valueOf(d.featured()),
                d.status().name(),
                String.valueOf(d.sample()));
        return form(form, id, locale, model);
    }

    @PostMapping("/{id:\\d{1,18}}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") EditTrainingForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        editor.load(id);
        Optional<TrainingDetails> details = details(form, id, result);
        if (details.isEmpty()) {
            model.addAttribute("errors", errors(result, locale));
            return form(form, id, locale, model);
        }
        String externalId = blank(form.externalId()) ? generatedId(form.title()) : form.externalId();
        editor.update(id, externalId, form.provider(), emptyToNull(form.providerUrl()), details.get());
        redirect.addFlashAttribute("saved", form.title());
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
        model.addAttribute(
                "breadcrumbs",
                crumbs(
                        Breadcrumb.link("admin.trainings.title", "/admin/trainings"),
                        Breadcrumb.page("admin.import.title")));
        return "trainings/admin/import";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        importForm(model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "admin.import.noFile");
            return "trainings/admin/import";
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            model.addAttribute("fileError", "admin.import.tooBig");
            return "trainings/admin/import";
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = importer.importCsv(reader);
            model.addAttribute("report", report);
            if (report.fileProblem() != null && report.rows().isEmpty()) {
                model.addAttribute("fileError", report.fileProblem());
            }
        }
        return "trainings/admin/import";
    }

    @GetMapping("/import/template.csv")
    ResponseEntity<String> template() {
        String example = String.join(
                ",",
                "example-care-coordination-certificate",
                "Care Coordination Certificate",
                "Example Community College",
                "https://example.org",
                "\"A 12-week evening certificate in care coordination, care planning and motivational interviewing.\"",
                "CERTIFICATE",
                "HYBRID",
                "1 Example Street",
                "Albany",
                "NY",
                "12207",
                "96",
                "12",
                "1250",
                "EVENINGS|WEEKENDS",
                "2027-01-12|2027-09-07",
                "High school diploma or GED",
                "WIOA|CAREER_PATHWAYS",
                "care-coordination-and-care-management",
                "Care Coordinator|Community Care Coordinator",
                "https://example.org/care-coordination",
                "false",
                "DRAFT",
                "true");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trainings-template.csv\"")
                .body(String.join(",", TrainingCsvImport.COLUMNS) + "\n" + example + "\n");
    }

    /** Checks what Bean Validation cannot (place, cost, dates, unique id) and builds the details. */
    private Optional<TrainingDetails> details(EditTrainingForm form, Long id, BindingResult result) {
        CredentialType type = SearchFormReader.choice(form.credentialType(), CredentialType.class);
        if (type == null) {
            result.rejectValue("credentialType", "admin.error.choose");
        }
        DeliveryMode mode = SearchFormReader.choice(form.deliveryMode(), DeliveryMode.class);
        if (mode == null) {
            result.rejectValue("deliveryMode", "admin.error.choose");
        }
        TrainingStatus status = SearchFormReader.choice(form.status(), TrainingStatus.class);
        if (status == null) {
            result.rejectValue("status", "admin.error.choose");
        }
        Integer hours = count(form.lengthHours(), 10_000, "lengthHours", result);
        Integer weeks = count(form.lengthWeeks(), 520, "lengthWeeks", result);
        Place place = null;
        if (mode != null && mode != DeliveryMode.ONLINE) {
            if (blank(form.zip())) {
                if (mode.needsPlace()) {
                    result.rejectValue("zip", "admin.error.zipRequired");
                }
            } else if (!result.hasFieldErrors("zip")) {
                place = editor.locate(mode, form.zip()).orElse(null);
                if (place == null) {
                    result.rejectValue("zip", "admin.error.zipUnknown");
                }
            }
        }
        Cost cost = Cost.UNKNOWN;
        try {
            cost = Cost.parse(form.cost());
        } catch (RuntimeException e) {
            result.rejectValue("cost", "admin.error.cost");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String line : lines(form.startDates())) {
            try {
                dates.add(LocalDate.parse(line));
            } catch (DateTimeParseException e) {
                result.rejectValue("startDates", "admin.error.date");
                break;
            }
        }
        if (!blank(form.externalId())
                && !result.hasFieldErrors("externalId")
                && editor.externalIdTaken(form.externalId(), id)) {
            result.rejectValue("externalId", "admin.error.externalIdTaken");
        }
        if (result.hasErrors()) {
            return Optional.empty();
        }
        // Online programs, and programs of unknown format with no ZIP given, have no place.
        boolean placeless = place == null;
        return Optional.of(new TrainingDetails(
                form.title().strip(),
                emptyToNull(form.description()),
                type,
                mode,
                placeless ? null : emptyToNull(form.street()),
                placeless
                        ? null
                        : blank(form.city()) ? place.city() : form.city().strip(),
                placeless ? null : place.state(),
                placeless ? null : form.zip(),
                placeless ? null : place.region(),
                placeless ? null : place.point().latitude(),
                placeless ? null : place.point().longitude(),
                hours,
                weeks,
                cost,
                SearchFormReader.choices(list(form.schedules()), Schedule.class),
                dates,
                emptyToNull(form.prerequisites()),
                SearchFormReader.choices(list(form.funding()), FundingOption.class),
                form.careers() == null ? Set.of() : form.careers(),
                lines(form.jobTitles()),
                emptyToNull(form.url()),
                "true".equals(form.featured()),
                status,
                "true".equals(form.sample())));
    }

    private static Integer count(String text, int max, String field, BindingResult result) {
        if (blank(text)) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0 || n > max) {
                result.rejectValue(field, "admin.error.range");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            result.rejectValue(field, "typeMismatch");
            return null;
        }
    }

    private static List<String> list(Set<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> names = new java.util.LinkedHashSet<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }

    /** The first message for each field that failed, in the reader's language. */
    private Map<String, String> errors(BindingResult result, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        return errors;
    }

    private String form(EditTrainingForm form, Long id, Locale locale, Model model) {
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
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

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n,|]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String generatedId(String title) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.length() > 80 ? slug.substring(0, 80) : slug;
        return (slug.isEmpty() ? "training" : slug) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
