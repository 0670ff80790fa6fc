package org.healthcareershub.trainings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Location;
import org.healthcareershub.geo.Place;
import org.healthcareershub.trainings.Cost;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.FundingOption;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingStatus;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;

/**
 * What a program written by staff must be before it is saved, whether it comes from the staff form or an
 * import file: the one place for its limits, its list rule and its messages. {@link #check} answers with
 * the program or with every field's problem (a message key and its arguments, named by the
 * {@link TrainingInput} component it concerns).
 *
 * <p>The limits are the database's column sizes and what no real program exceeds: a length from 1 to
 * 10,000 hours (a long apprenticeship) or 1 to 520 weeks (ten years), a cost up to $1,000,000 (more is a
 * typing slip). A list is written one item per line or with items separated by {@code |}; commas stay
 * inside an item, because titles and names hold commas. Text holds no control or text-direction character
 * ({@link PlainText}): every field is one line but the description, prerequisites and the two lists, whose
 * line breaks are kept (written as LF).
 */
public final class TrainingRules {

    public static final int MAX_HOURS = 10_000;
    public static final int MAX_WEEKS = 520;
    public static final BigDecimal MAX_COST = new BigDecimal("1000000");
    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_CITY = 120;
    static final int MAX_LONG_TEXT = 2000;
    static final int MAX_START_DATES = 1000;
    static final int MAX_JOB_TITLE = 200;

    static final String REQUIRED = "admin.error.required";
    static final String TOO_LONG = "admin.error.maxLength";
    static final String ITEM_TOO_LONG = "admin.error.itemTooLong";
    static final String CHOOSE = "admin.error.choose";
    static final String NOT_A_CHOICE = "admin.error.notAChoice";
    static final String URL = "admin.error.url";
    static final String EXTERNAL_ID = "admin.error.externalId";
    static final String ZIP = "admin.error.zip";
    static final String ZIP_REQUIRED = "admin.error.zipRequired";
    static final String ZIP_UNKNOWN = "admin.error.zipUnknown";
    static final String STATE_NOT_ZIPS = "admin.error.stateNotZips";
    static final String WHOLE_NUMBER = "admin.error.wholeNumber";
    static final String RANGE = "admin.error.range";
    static final String COST = "admin.error.cost";
    static final String COST_TOO_HIGH = "admin.error.costTooHigh";
    static final String DATE = "admin.error.date";
    static final String UNKNOWN_CAREER = "admin.error.unknownCareer";

    private static final Pattern EXTERNAL_ID_FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");
    private static final Pattern ZIP_FORM = Pattern.compile("\\d{5}");
    private static final Pattern URL_FORM = Pattern.compile("https?://\\S{3,990}");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[\\r\\n|]+");

    private final Function<String, Optional<Place>> zips;
    private final Set<String> careers;

    /**
     * @param zips the place of a 5-digit ZIP code, empty when unknown
     * @param careers the slugs of the careers a program may lead to
     */
    public TrainingRules(Function<String, Optional<Place>> zips, Set<String> careers) {
        this.zips = zips;
        this.careers = Set.copyOf(careers);
    }

    /** The rules with the app's ZIP table and careers as they are now. */
    public static TrainingRules of(Geography geography, CareerCatalog careers) {
        return new TrainingRules(geography::zip, Set.copyOf(careers.slugs()));
    }

    /** A checked program: {@code entry} when every field is good, else null and the fields' problems. */
    public record Result(Entry entry, FieldErrors errors) {

        public boolean isValid() {
            return entry != null;
        }
    }

    /**
     * A program ready to save. {@code externalId} is null when staff left it blank (the form then makes
     * one up); the provider is found or added by name.
     */
    public record Entry(
            String externalId,
            String provider,
            String providerUrl,
            String titleEs,
            String providerEs,
            TrainingDetails details) {}

    /** The one list rule: items are separated by line breaks or {@code |}, trimmed, blanks and repeats dropped. */
    public static List<String> items(String text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(ITEM_SEPARATOR
                .splitAsStream(text)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public Result check(TrainingInput in) {
        // a control or text-direction character is each field's first problem, in the form and the file alike
        Fields f = new Fields(PlainText.check(in));
        String externalId = f.matching("externalId", in.externalId(), EXTERNAL_ID_FORM, EXTERNAL_ID);
        String title = f.text("title", in.title(), MAX_TITLE, true);
        String provider = f.text("provider", in.provider(), MAX_TITLE, true);
        String providerUrl = f.matching("providerUrl", in.providerUrl(), URL_FORM, URL);
        String titleEs = f.text("titleEs", in.titleEs(), MAX_TITLE, false);
        String providerEs = f.text("providerEs", in.providerEs(), MAX_TITLE, false);
        String description = f.text("description", multiLine(in.description()), MAX_DESCRIPTION, false);
        CredentialType type = f.choice("credentialType", in.credentialType(), CredentialType.class);
        // A program whose format nobody gave is UNKNOWN, never assumed to be online.
        DeliveryMode mode = in.deliveryMode() == null || in.deliveryMode().isBlank()
                ? DeliveryMode.UNKNOWN
                : f.choice("deliveryMode", in.deliveryMode(), DeliveryMode.class);
        Location location = location(f, mode, in);
        Integer hours = f.count("lengthHours", in.lengthHours(), MAX_HOURS);
        Integer weeks = f.count("lengthWeeks", in.lengthWeeks(), MAX_WEEKS);
        Cost cost = f.cost("cost", in.cost());
        Set<Schedule> schedules = f.choices("schedules", in.schedules(), Schedule.class);
        List<LocalDate> startDates = f.dates("startDates", in.startDates());
        String prerequisites = f.text("prerequisites", multiLine(in.prerequisites()), MAX_LONG_TEXT, false);
        Set<FundingOption> funding = f.choices("funding", in.funding(), FundingOption.class);
        Set<String> careerSlugs = careers(f, in.careers());
        List<String> jobTitles = f.list("jobTitles", in.jobTitles(), MAX_LONG_TEXT, MAX_JOB_TITLE);
        String url = f.matching("url", in.url(), URL_FORM, URL);
        boolean featured = f.flag("featured", in.featured());
        // An import file is usually a live catalog, so a row without a status is published.
        TrainingStatus status = in.status() == null || in.status().isBlank()
                ? TrainingStatus.PUBLISHED
                : f.choice("status", in.status(), TrainingStatus.class);
        boolean sample = f.flag("sample", in.sample());
        if (!f.errors.isEmpty()) {
            return new Result(null, f.errors);
        }
        TrainingDetails details = new TrainingDetails(
                title,
                description,
                type,
                mode,
                location,
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
        return new Result(new Entry(externalId, provider, providerUrl, titleEs, providerEs, details), f.errors);
    }

    private static String multiLine(String text) {
        return PlainText.normalized(text, PlainText.Kind.MULTI_LINE);
    }

    /**
     * In-person and hybrid programs are placed by their ZIP code, which also gives the state; an online
     * program has no place, whatever address was written; a program of unknown format is placed only when
     * a ZIP code is given.
     */
    private Location location(Fields f, DeliveryMode mode, TrainingInput in) {
        String street = f.text("street", in.street(), MAX_TITLE, false);
        String city = f.text("city", in.city(), MAX_CITY, false);
        String state = f.text("state", in.state(), MAX_TITLE, false);
        String zip = f.matching("zip", in.zip(), ZIP_FORM, ZIP);
        if (mode == null || mode == DeliveryMode.ONLINE || f.errors.has("zip")) {
            return null;
        }
        if (zip == null) {
            if (mode.needsPlace()) {
                f.errors.add("zip", ZIP_REQUIRED);
            }
            return null;
        }
        Optional<Place> place = zips.apply(zip);
        if (place.isEmpty()) {
            f.errors.add("zip", ZIP_UNKNOWN, zip);
            return null;
        }
        if (state != null && !state.equalsIgnoreCase(place.get().state())) {
            f.errors.add("state", STATE_NOT_ZIPS, zip, place.get().state());
            return null;
        }
        return Location.at(street, city, place.get());
    }

    private Set<String> careers(Fields f, List<String> slugs) {
        Set<String> known = new LinkedHashSet<>();
        for (String slug : slugs) {
            String s = slug.strip();
            if (careers.contains(s)) {
                known.add(s);
            } else if (!s.isEmpty()) {
                f.errors.add("careers", UNKNOWN_CAREER, s);
            }
        }
        return known;
    }

    /** Reads typed values from text, noting the first problem of each field. */
    private record Fields(FieldErrors errors) {

        String text(String field, String value, int max, boolean required) {
            String text = value == null || value.isBlank() ? null : value.strip();
            if (text == null && required) {
                errors.add(field, REQUIRED);
            } else if (text != null && text.length() > max) {
                errors.add(field, TOO_LONG, max);
                return null;
            }
            return text;
        }

        String matching(String field, String value, Pattern pattern, String key) {
            String text = value == null || value.isBlank() ? null : value.strip();
            if (text != null && !pattern.matcher(text).matches()) {
                errors.add(field, key);
                return null;
            }
            return text;
        }

        <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
            if (value == null || value.isBlank()) {
                errors.add(field, CHOOSE);
                return null;
            }
            E choice = choiceOrNull(value, type);
            if (choice == null) {
                errors.add(field, NOT_A_CHOICE, value.strip());
            }
            return choice;
        }

        <E extends Enum<E>> Set<E> choices(String field, List<String> values, Class<E> type) {
            Set<E> choices = EnumSet.noneOf(type);
            for (String value : values) {
                E choice = choiceOrNull(value, type);
                if (choice != null) {
                    choices.add(choice);
                } else if (!value.isBlank()) {
                    errors.add(field, NOT_A_CHOICE, value.strip());
                }
            }
            return choices;
        }

        /** A choice's name in any case, with spaces or dashes for its underscores ("in person"). */
        private static <E extends Enum<E>> E choiceOrNull(String value, Class<E> type) {
            String name =
                    value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            return Arrays.stream(type.getEnumConstants())
                    .filter(e -> e.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }

        Integer count(String field, String value, int max) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                int n = Integer.parseInt(value.strip());
                if (n < 1 || n > max) {
                    errors.add(field, RANGE, 1, max);
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                errors.add(field, WHOLE_NUMBER);
                return null;
            }
        }

        Cost cost(String field, String value) {
            Cost cost;
            try {
                cost = Cost.parse(value);
            } catch (IllegalArgumentException e) {
                errors.add(field, COST);
                return Cost.UNKNOWN;
            }
            if (cost.amount() != null && cost.amount().compareTo(MAX_COST) > 0) {
                errors.add(field, COST_TOO_HIGH, MAX_COST);
                return Cost.UNKNOWN;
            }
            return cost;
        }

        List<LocalDate> dates(String field, String value) {
            List<LocalDate> dates = new ArrayList<>();
            for (String item : list(field, value, MAX_START_DATES, MAX_START_DATES)) {
                try {
                    dates.add(LocalDate.parse(item));
                } catch (DateTimeParseException e) {
                    errors.add(field, DATE);
                }
            }
            return dates;
        }

        List<String> list(String field, String value, int maxText, int maxItem) {
            if (text(field, value, maxText, false) == null) {
                return List.of();
            }
            List<String> items = items(value);
            items.stream()
                    .filter(item -> item.length() > maxItem)
                    .findFirst()
                    .ifPresent(item -> errors.add(field, ITEM_TOO_LONG, maxItem));
            return items;
        }

        boolean flag(String field, String value) {
            if (value == null || value.isBlank()) {
                return false;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    errors.add(field, NOT_A_CHOICE, value.strip());
                    yield false;
                }
            };
        }
    }
}
