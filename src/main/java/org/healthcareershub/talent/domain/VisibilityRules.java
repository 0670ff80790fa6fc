package org.healthcareershub.talent.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.healthcareershub.accounts.Seekers;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.springframework.stereotype.Component;

/**
 * The checks that turn a seeker's choices on the visibility page into {@link VisibilityTerms}: where (some of
 * the regions, or a radius of 1 to 100 miles around the profile's ZIP code, which the profile must then
 * have), at least one known career, only known profile details, and 30, 90 or 180 days.
 */
@Component
public class VisibilityRules {

    /** The choices as sent (the visibility form's fields): {@code reach} is REGIONS or DISTANCE. */
    public record Input(
            String reach, List<String> region, String radius, List<String> career, List<String> field, String days) {

        public Input {
            region = region == null ? List.of() : List.copyOf(region);
            career = career == null ? List.of() : List.copyOf(career);
            field = field == null ? List.of() : List.copyOf(field);
        }
    }

    public static final List<Integer> PERIODS = List.of(30, 90, 180);
    public static final int MAX_RADIUS = 100;
    public static final String REGIONS = "REGIONS";
    public static final String DISTANCE = "DISTANCE";

    private final Geography geography;
    private final CareerCatalog careers;

    VisibilityRules(Geography geography, CareerCatalog careers) {
        this.geography = geography;
        this.careers = careers;
    }

    /**
     * The terms, or empty with the problems added to {@code errors}. When {@code keepsPeriod} (the seeker
     * changes terms they have), no period means the end date stays.
     */
    public Optional<VisibilityTerms> check(
            Input input, Seekers.Profile profile, boolean keepsPeriod, FieldErrors errors) {
        errors.addAll(PlainText.check(input));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        Set<String> regions = new TreeSet<>();
        Integer radius = null;
        if (REGIONS.equals(input.reach())) {
            List<String> known = geography.regions();
            if (input.region().isEmpty()) {
                errors.add("region", "talent.visibility.error.regions");
            } else if (!known.containsAll(input.region())) {
                errors.add("region", "talent.visibility.error.unknownRegion");
            } else {
                regions.addAll(input.region());
            }
        } else if (DISTANCE.equals(input.reach())) {
            radius = miles(input.radius());
            if (radius == null) {
                errors.add("radius", "talent.visibility.error.radius", MAX_RADIUS);
            }
            if (profile == null
                    || profile.zip() == null
                    || geography.zip(profile.zip()).isEmpty()) {
                errors.add("reach", "talent.visibility.error.noZip");
            }
        } else {
            errors.add("reach", "talent.visibility.error.reach");
        }
        if (input.career().isEmpty()) {
            errors.add("career", "talent.visibility.error.careers");
        } else if (!careers.slugs().containsAll(input.career())) {
            errors.add("career", "talent.visibility.error.unknownCareer");
        }
        Set<ProfileField> fields = EnumSet.noneOf(ProfileField.class);
        for (String field : input.field()) {
            try {
                fields.add(ProfileField.valueOf(field));
            } catch (IllegalArgumentException e) {
                errors.add("field", "talent.visibility.error.field");
            }
        }
        Integer days = days(input.days());
        boolean kept = keepsPeriod && (input.days() == null || input.days().isBlank());
        if (days == null && !kept) {
            errors.add("days", "talent.visibility.error.days");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VisibilityTerms(regions, radius, Set.copyOf(input.career()), fields, days));
    }

    /** One of the offered periods, or null. */
    public static Integer days(String text) {
        if (text == null) {
            return null;
        }
        return PERIODS.stream()
                .filter(p -> String.valueOf(p).equals(text.strip()))
                .findFirst()
                .orElse(null);
    }

    private static Integer miles(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}")) {
            return null;
        }
        int miles = Integer.parseInt(text.strip());
        return miles >= 1 && miles <= MAX_RADIUS ? miles : null;
    }
}
