package org.healthcareershub.jobs.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.jobs.EmploymentType;
import org.healthcareershub.jobs.JobLanguage;
import org.healthcareershub.jobs.PayRange;
import org.healthcareershub.jobs.PayUnit;
import org.healthcareershub.jobs.WorkSchedule;
import org.healthcareershub.jobs.Workplace;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;

/**
 * The checks that turn a typed posting into {@link JobDetails}, for every way a posting comes in, so that
 * limits and messages agree. Pay is required (New York Labor Law §194-b); a figure of 0 or above $500 an
 * hour or $1,000,000 a year is refused as a typo; the closing date is today or at most
 * {@value #MAX_DAYS_OPEN} days out, in New York's calendar. People apply in at least one way: by expressing
 * interest on the portal, at the organization's own http(s) address, or both.
 */
public final class JobPostingRules {

    /** New York's calendar decides what "today" and a closing date mean. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    public static final int MAX_DAYS_OPEN = 90;
    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final BigDecimal MAX_HOURLY = new BigDecimal("500");
    public static final BigDecimal MAX_YEARLY = new BigDecimal("1000000");

    /** The job titles of a career by its slug; empty for an unknown career. */
    @FunctionalInterface
    public interface CareerTitles {
        Optional<List<CareerContent.JobTitle>> of(String careerSlug);
    }

    /** A checked posting, or the problems with what was typed. */
    public record Checked(JobDetails details, FieldErrors errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final CareerTitles careers;
    private final Clock clock;

    /** A site that is not one of the organization's open sites (another's, or one it closed). */
    public static final String SITE_NOT_OPEN = "jobs.error.site.notOpen";

    public JobPostingRules(CareerTitles careers, Clock clock) {
        this.careers = careers;
        this.clock = clock;
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public Checked check(JobPostingInput in, HiringOrganization organization) {
        // a control or text-direction character is each field's first problem, as in every form
        FieldErrors errors = PlainText.check(in);
        String title = text(in.title());
        if (title == null) {
            errors.add("title", "jobs.error.title.required");
        } else if (title.length() > MAX_TITLE) {
            errors.add("title", "jobs.error.title.tooLong", MAX_TITLE);
        }
        String career = text(in.career());
        String jobTitle = text(in.jobTitle());
        String socCode = null;
        if (career == null) {
            errors.add("career", "jobs.error.career.required");
        } else {
            Optional<List<CareerContent.JobTitle>> titles = careers.of(career);
            if (titles.isEmpty()) {
                errors.add("career", "jobs.error.career.unknown");
            } else if (jobTitle == null) {
                errors.add("jobTitle", "jobs.error.jobTitle.required");
            } else {
                Optional<CareerContent.JobTitle> found = titles.get().stream()
                        .filter(t -> t.title().equalsIgnoreCase(jobTitle))
                        .findFirst();
                if (found.isEmpty()) {
                    errors.add("jobTitle", "jobs.error.jobTitle.notOfCareer");
                } else {
                    socCode = found.get().socCode();
                }
            }
        }
        if (jobTitle == null) {
            errors.add("jobTitle", "jobs.error.jobTitle.required");
        }
        Workplace workplace = choice(in.workplace(), Workplace.class);
        if (workplace == null) {
            errors.add("workplace", "jobs.error.workplace.required");
        }
        HiringOrganization.Site site = site(in.site(), organization, errors);
        String description = text(multiLine(in.description()));
        if (description == null) {
            errors.add("description", "jobs.error.description.required");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.add("description", "jobs.error.description.tooLong", MAX_DESCRIPTION);
        }
        EmploymentType type = choice(in.employmentType(), EmploymentType.class);
        if (type == null) {
            errors.add("employmentType", "jobs.error.employmentType.required");
        }
        Set<WorkSchedule> schedules = choices(in.schedules(), WorkSchedule.class);
        if (schedules.isEmpty()) {
            errors.add("schedules", "jobs.error.schedules.required");
        }
        PayRange pay = pay(in, errors);
        EducationLevel education = choice(in.education(), EducationLevel.class);
        if (education == null) {
            errors.add("education", "jobs.error.education.required");
        }
        String licenses = limited(in.licenses(), "licenses", 1000, errors);
        Integer experience = whole(in.experience(), "experience", 0, 50, errors);
        String benefits = limited(multiLine(in.benefits()), "benefits", 2000, errors);
        Set<JobLanguage> languages = choices(in.languages(), JobLanguage.class);
        BigDecimal differential = null;
        String differentialText = text(in.bilingualDifferential());
        if (differentialText != null) {
            differential = amount(differentialText);
            if (differential == null || differential.signum() < 0) {
                errors.add("bilingualDifferential", "jobs.error.bilingualDifferential.invalid");
                differential = null;
            } else if (languages.isEmpty()) {
                errors.add("bilingualDifferential", "jobs.error.bilingualDifferential.noLanguage");
            } else if (pay != null && differential.compareTo(pay.max()) > 0) {
                errors.add("bilingualDifferential", "jobs.error.bilingualDifferential.tooHigh");
            }
        }
        Integer caseload = whole(in.caseload(), "caseload", 1, 500, errors);
        Integer fieldWork = whole(in.fieldWork(), "fieldWork", 0, 100, errors);
        String applyUrl = text(in.applyUrl());
        if (applyUrl != null && !isWebAddress(applyUrl)) {
            errors.add("applyUrl", "jobs.error.applyUrl.invalid");
        } else if (applyUrl == null && !in.applyOnPortal()) {
            errors.add("applyUrl", "jobs.error.apply.none");
        }
        LocalDate closing = closingDate(in.closingDate(), errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(
                new JobDetails(
                        title,
                        career,
                        jobTitle,
                        socCode,
                        workplace,
                        site,
                        description,
                        type,
                        schedules,
                        pay,
                        education,
                        licenses,
                        experience == null ? 0 : experience,
                        benefits,
                        languages,
                        differential,
                        caseload,
                        fieldWork,
                        in.applyOnPortal(),
                        applyUrl,
                        closing),
                errors);
    }

    /** A new closing date for a renewal: after the current one, and at most 90 days out. */
    public FieldErrors checkRenewal(String closingDate, LocalDate current) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = closingDate(closingDate, errors);
        if (date != null && !date.isAfter(current)) {
            errors.add("closingDate", "jobs.error.closingDate.notLater");
        }
        return errors;
    }

    /** The date a renewal asks for, once {@link #checkRenewal} found nothing wrong. */
    public static LocalDate date(String text) {
        return LocalDate.parse(text.strip());
    }

    private LocalDate closingDate(String text, FieldErrors errors) {
        String value = text(text);
        if (value == null) {
            errors.add("closingDate", "jobs.error.closingDate.required");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add("closingDate", "jobs.error.closingDate.format");
            return null;
        }
        LocalDate today = today(clock);
        if (date.isBefore(today)) {
            errors.add("closingDate", "jobs.error.closingDate.past");
            return null;
        }
        if (date.isAfter(today.plusDays(MAX_DAYS_OPEN))) {
            errors.add("closingDate", "jobs.error.closingDate.tooFar", MAX_DAYS_OPEN);
            return null;
        }
        return date;
    }

    private static HiringOrganization.Site site(String text, HiringOrganization organization, FieldErrors errors) {
        String value = text(text);
        if (value == null) {
            errors.add("site", "jobs.error.site.required");
            return null;
        }
        try {
            Optional<HiringOrganization.Site> site = organization.site(Long.parseLong(value));
            if (site.isEmpty()) {
                errors.add("site", SITE_NOT_OPEN);
            }
            return site.orElse(null);
        } catch (NumberFormatException e) {
            errors.add("site", "jobs.error.site.notYours");
            return null;
        }
    }

    private static PayRange pay(JobPostingInput in, FieldErrors errors) {
        PayUnit unit = choice(in.payUnit(), PayUnit.class);
        if (unit == null) {
            errors.add("payUnit", "jobs.error.payUnit.required");
        }
        BigDecimal min = payFigure(in.payMin(), "payMin", unit, errors);
        BigDecimal max = payFigure(in.payMax(), "payMax", unit, errors);
        if (min == null || max == null || unit == null) {
            return null;
        }
        if (min.compareTo(max) > 0) {
            errors.add("payMin", "jobs.error.pay.minAboveMax");
            return null;
        }
        return new PayRange(min, max, unit);
    }

    private static BigDecimal payFigure(String text, String field, PayUnit unit, FieldErrors errors) {
        String value = text(text);
        if (value == null) {
            errors.add(field, "jobs.error.pay.required");
            return null;
        }
        BigDecimal amount = amount(value);
        if (amount == null) {
            errors.add(field, "jobs.error.pay.invalid");
            return null;
        }
        if (amount.signum() <= 0) {
            errors.add(field, "jobs.error.pay.zero");
            return null;
        }
        if (unit == PayUnit.HOUR && amount.compareTo(MAX_HOURLY) > 0) {
            errors.add(field, "jobs.error.pay.absurdHourly");
            return null;
        }
        if (unit == PayUnit.YEAR && amount.compareTo(MAX_YEARLY) > 0) {
            errors.add(field, "jobs.error.pay.absurdYearly");
            return null;
        }
        return amount;
    }

    /** "$52,000.00", "52000" and "24.50" are amounts; anything else, or more than cents, is not. */
    static BigDecimal amount(String text) {
        String cleaned = text.strip().replace("$", "").replace(",", "");
        if (!cleaned.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(cleaned);
    }

    private static Integer whole(String text, String field, int min, int max, FieldErrors errors) {
        String value = text(text);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the problem below
        }
        errors.add(field, "jobs.error." + field + ".range", min, max);
        return null;
    }

    private static String limited(String text, String field, int max, FieldErrors errors) {
        String value = text(text);
        if (value != null && value.length() > max) {
            errors.add(field, "jobs.error.tooLong", max);
        }
        return value;
    }

    static boolean isWebAddress(String url) {
        if (url.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The constant named by {@code value} in any case, or null. */
    public static <E extends Enum<E>> E choice(String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The constants named by {@code values}, ignoring unknown names. */
    public static <E extends Enum<E>> Set<E> choices(List<String> values, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : values) {
            E e = choice(value, type);
            if (e != null) {
                chosen.add(e);
            }
        }
        return chosen;
    }

    private static String multiLine(String text) {
        return PlainText.normalized(text, PlainText.Kind.MULTI_LINE);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
