package org.healthcareershub.trainings.domain;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Place;
import org.healthcareershub.trainings.Cost;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.FundingOption;
import org.healthcareershub.trainings.ImportReport;
import org.healthcareershub.trainings.ImportReport.Outcome;
import org.healthcareershub.trainings.ImportReport.Problem;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports programs from CSV (the template at /admin/trainings/import/template.csv). Each row is checked
 * on its own and saved in its own transaction, so a bad row never stops or half-applies the others; rows
 * are matched on external_id, so importing the same file again changes nothing.
 */
@Component
public class TrainingCsvImport {

    public static final List<String> COLUMNS = List.of(
            "external_id",
            "title",
            "provider",
            "provider_url",
            "description",
            "credential_type",
            "delivery_mode",
            "street",
            "city",
            "state",
            "zip",
            "length_hours",
            "length_weeks",
            "cost",
            "schedules",
            "start_dates",
            "prerequisites",
            "funding",
            "careers",
            "job_titles",
            "url",
            "featured",
            "status",
            "sample");

    static final Pattern EXTERNAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");
    static final Pattern ZIP = Pattern.compile("\\d{5}");
    static final Pattern URL = Pattern.compile("https?://\\S{3,990}");
    static final int MAX_ROWS = 20_000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TrainingCsvImport.class);

    private final Trainings trainings;
    private final Providers providers;
    private final Geography geography;
    private final CareerCatalog careers;
    private final TransactionTemplate rowTransaction;

    TrainingCsvImport(
            Trainings trainings,
            Providers providers,
            Geography geography,
            CareerCatalog careers,
            PlatformTransactionManager transactions) {
        this.trainings = trainings;
        this.providers = providers;
        this.geography = geography;
        this.careers = careers;
        this.rowTransaction = new TransactionTemplate(transactions);
        this.rowTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public ImportReport importCsv(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<ImportReport.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> knownCareers = new HashSet<>(careers.slugs());
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (!header.containsAll(COLUMNS)) {
                return ImportReport.fileProblem("trainings.import.badHeader");
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    return new ImportReport(rows, "trainings.import.tooManyRows");
                }
                rows.add(importRow(record, seen, knownCareers));
            }
        } catch (IOException | RuntimeException e) {
            return new ImportReport(rows, "trainings.import.unreadable");
        }
        return new ImportReport(rows, null);
    }

    private ImportReport.Row importRow(CSVRecord record, Set<String> seen, Set<String> knownCareers) {
        Parsed parsed = parse(record, knownCareers);
        String externalId = parsed.externalId;
        if (externalId != null && !seen.add(externalId)) {
            parsed.problems.add(new Problem("trainings.import.duplicate", "external_id", externalId));
        }
        if (!parsed.problems.isEmpty()) {
            return new ImportReport.Row(
                    record.getRecordNumber() + 1, externalId, parsed.title, Outcome.REJECTED, parsed.problems);
        }
        try {
            Outcome outcome = rowTransaction.execute(status -> save(parsed));
            return new ImportReport.Row(record.getRecordNumber() + 1, externalId, parsed.title, outcome, List.of());
        } catch (RuntimeException e) {
            log.warn("Training import line {} could not be saved", record.getRecordNumber() + 1, e);
            return new ImportReport.Row(
                    record.getRecordNumber() + 1,
                    externalId,
                    parsed.title,
                    Outcome.REJECTED,
                    List.of(new Problem("trainings.import.saveFailed", "", "")));
        }
    }

    private Outcome save(Parsed parsed) {
        Provider provider = providers
                .findByNameIgnoreCase(parsed.providerName)
                .orElseGet(() -> providers.save(new Provider(parsed.providerName, parsed.providerUrl)));
        provider.updateUrl(parsed.providerUrl);
        provider.updateSpanishName(parsed.providerEs);
        Optional<Training> existing = trainings.findByExternalId(parsed.externalId);
        if (existing.isEmpty()) {
            Training training = new Training(parsed.externalId, provider);
            training.describe(parsed.details, provider);
            training.translateTitle(parsed.titleEs);
            trainings.save(training);
            return Outcome.CREATED;
        }
        boolean described = existing.get().describe(parsed.details, provider);
        boolean translated = existing.get().translateTitle(parsed.titleEs);
        return described || translated ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** Reads one row into program details, collecting every problem rather than stopping at the first. */
    Parsed parse(CSVRecord r, Set<String> knownCareers) {
        Parsed p = new Parsed();
        Cells c = new Cells(r, p.problems);
        p.externalId = c.matching("external_id", EXTERNAL_ID, true);
        p.title = c.text("title", 300, true);
        p.providerName = c.text("provider", 300, true);
        p.providerUrl = c.matching("provider_url", URL, false);
        // Optional columns: the title and provider name in Spanish, where they differ.
        p.titleEs = c.text("title_es", 300, false);
        p.providerEs = c.text("provider_es", 300, false);
        String description = c.text("description", 4000, false);
        CredentialType type = c.oneOf("credential_type", CredentialType.class, true);
        // A program whose format nobody gave is UNKNOWN, never assumed to be online.
        DeliveryMode mode = Optional.ofNullable(c.oneOf("delivery_mode", DeliveryMode.class, false))
                .orElse(c.raw("delivery_mode") == null ? DeliveryMode.UNKNOWN : null);
        String street = c.text("street", 300, false);
        String city = c.text("city", 120, false);
        String state = c.text("state", 2, false);
        String zip = c.matching("zip", ZIP, false);
        String region = null;
        Double latitude = null;
        Double longitude = null;
        if (mode != null && mode != DeliveryMode.ONLINE) {
            if (zip == null) {
                if (mode.needsPlace()) {
                    c.problem("trainings.import.zipRequired", "zip");
                }
                street = null;
                city = null;
                state = state == null ? null : state.toUpperCase(Locale.ROOT);
            } else {
                Optional<Place> place = geography.zip(zip);
                if (place.isEmpty()) {
                    c.problem("trainings.import.unknownZip", "zip");
                } else {
                    latitude = place.get().point().latitude();
                    longitude = place.get().point().longitude();
                    region = place.get().region();
                    city = city == null ? place.get().city() : city;
                    state = state == null ? place.get().state() : state.toUpperCase(Locale.ROOT);
                }
            }
        } else {
            street = null;
            city = null;
            zip = null;
            state = state == null ? null : state.toUpperCase(Locale.ROOT);
        }
        Integer hours = c.count("length_hours");
        Integer weeks = c.count("length_weeks");
        Cost cost = c.cost("cost");
        Set<Schedule> schedules = c.setOf("schedules", Schedule.class);
        List<LocalDate> startDates = c.dates("start_dates");
        String prerequisites = c.text("prerequisites", 2000, false);
        Set<FundingOption> funding = c.setOf("funding", FundingOption.class);
        Set<String> careerSlugs = new LinkedHashSet<>(c.list("careers"));
        for (String slug : careerSlugs) {
            if (!knownCareers.contains(slug)) {
                c.problem("trainings.import.unknownCareer", "careers", slug);
            }
        }
        List<String> jobTitles = c.list("job_titles");
        String url = c.matching("url", URL, false);
        boolean featured = c.flag("featured");
        TrainingStatus status = Optional.ofNullable(c.oneOf("status", TrainingStatus.class, false))
                .orElse(TrainingStatus.PUBLISHED);
        boolean sample = c.flag("sample");
        if (p.problems.isEmpty()) {
            p.details = new TrainingDetails(
                    p.title,
                    description,
                    type,
                    mode,
                    street,
                    city,
                    state,
                    zip,
                    region,
                    latitude,
                    longitude,
                    hours,
                    weeks,
                    cost,
                    schedules,
                    startDates,
                    prerequisites,
                    funding,
                    careerSlugs,
                    jobTitles,
                    url,
                    featured,
                    status,
                    sample);
        }
        return p;
    }

    static final class Parsed {
        String externalId;
        String title;
        String providerName;
        String providerUrl;
        String titleEs;
        String providerEs;
        TrainingDetails details;
        final List<Problem> problems = new ArrayList<>();
    }

    /** Reads typed values from a row's cells, noting a problem for each bad one. */
    private record Cells(CSVRecord record, List<Problem> problems) {

        String raw(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        void problem(String key, String column) {
            problems.add(new Problem(key, column, abbreviate(raw(column))));
        }

        void problem(String key, String column, String value) {
            problems.add(new Problem(key, column, abbreviate(value)));
        }

        String text(String column, int max, boolean required) {
            String value = raw(column);
            if (value == null && required) {
                problem("trainings.import.required", column);
            } else if (value != null && value.length() > max) {
                problem("trainings.import.tooLong", column);
                return null;
            }
            return value;
        }

        String matching(String column, Pattern pattern, boolean required) {
            String value = text(column, 1000, required);
            if (value != null && !pattern.matcher(value).matches()) {
                problem("trainings.import.badFormat", column);
                return null;
            }
            return value;
        }

        <E extends Enum<E>> E oneOf(String column, Class<E> type, boolean required) {
            String value = text(column, 60, required);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                problem("trainings.import.badChoice", column);
                return null;
            }
        }

        <E extends Enum<E>> Set<E> setOf(String column, Class<E> type) {
            Set<E> values = EnumSet.noneOf(type);
            for (String item : list(column)) {
                try {
                    values.add(Enum.valueOf(type, item.toUpperCase(Locale.ROOT).replace(' ', '_')));
                } catch (IllegalArgumentException e) {
                    problem("trainings.import.badChoice", column, item);
                }
            }
            return values;
        }

        List<String> list(String column) {
            String value = raw(column);
            if (value == null) {
                return List.of();
            }
            return java.util.Arrays.stream(value.split("\\|"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        Integer count(String column) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(value);
                if (n < 0 || n > 10_000) {
                    problem("trainings.import.outOfRange", column);
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                problem("trainings.import.notANumber", column);
                return null;
            }
        }

        Cost cost(String column) {
            try {
                Cost cost = Cost.parse(raw(column));
                if (cost.amount() != null && cost.amount().compareTo(new BigDecimal("1000000")) > 0) {
                    problem("trainings.import.outOfRange", column);
                    return Cost.UNKNOWN;
                }
                return cost;
            } catch (RuntimeException e) {
                problem("trainings.import.badCost", column);
                return Cost.UNKNOWN;
            }
        }

        List<LocalDate> dates(String column) {
            List<LocalDate> dates = new ArrayList<>();
            for (String item : list(column)) {
                try {
                    dates.add(LocalDate.parse(item));
                } catch (DateTimeParseException e) {
                    problem("trainings.import.badDate", column, item);
                }
            }
            return dates;
        }

        boolean flag(String column) {
            String value = raw(column);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    problem("trainings.import.badChoice", column);
                    yield false;
                }
            };
        }

        private static String abbreviate(String value) {
            return value == null ? "" : value.length() > 60 ? value.substring(0, 57) + "..." : value;
        }
    }
}
