package org.healthcareershub.employers.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthcareershub.employers.SpokenLanguages;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Location;
import org.healthcareershub.geo.Lookup;
import org.healthcareershub.geo.Place;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;

/**
 * The checks that turn what an organization types into its portal into a profile or a site. A site's
 * address is geocoded here from its ZIP code, every time it is saved; a city that is far from that ZIP is
 * refused, since the map and "near" searches would put the site in the wrong place.
 */
public final class PortalRules {

    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_WEBSITE = 1000;
    public static final int MAX_SITE_NAME = 200;
    public static final int MAX_STREET = 300;
    public static final int MAX_CITY = 120;
    /** How far a typed city may lie from the ZIP code's point before the address is refused. */
    static final double MAX_CITY_MILES = 25;

    static final String REQUIRED = "admin.error.required";
    static final String TOO_LONG = "admin.error.maxLength";
    static final String NOT_A_CHOICE = "admin.error.notAChoice";
    static final String URL = "admin.error.url";
    static final String ZIP = "admin.error.zip";
    static final String ZIP_UNKNOWN = "portal.site.error.zipUnknown";
    static final String CITY_FAR = "portal.site.error.cityFar";

    private static final Pattern URL_FORM = Pattern.compile("https?://\\S{3,990}");
    private static final Pattern ZIP_FORM = Pattern.compile("\\d{5}");
    /** A profile as typed. */
    public record ProfileInput(
            String description, String website, List<String> settings, List<String> careers, List<String> languages) {

        public ProfileInput {
            settings = settings == null ? List.of() : List.copyOf(settings);
            careers = careers == null ? List.of() : List.copyOf(careers);
            languages = languages == null ? List.of() : List.copyOf(languages);
        }
    }

    /** A profile that passed the checks. */
    public record Profile(
            String description, String website, Set<String> settings, Set<String> careers, Set<String> languages) {}

    /** A site as typed. */
    public record SiteInput(String name, String street, String city, String zip) {}

    /** A site that passed the checks, with its geocoded place. */
    public record SitePlace(String name, Location location, String county) {}

    private final Set<String> settingCodes;
    private final Set<String> careerSlugs;
    private final Geography geography;

    public PortalRules(Set<String> settingCodes, Set<String> careerSlugs, Geography geography) {
        this.settingCodes = Set.copyOf(settingCodes);
        this.careerSlugs = Set.copyOf(careerSlugs);
        this.geography = geography;
    }

    /** The profile, or empty with a problem per field added to {@code errors}. */
    public Optional<Profile> profile(ProfileInput in, FieldErrors errors) {
        String description =
                text(errors, "description", in.description(), MAX_DESCRIPTION, false, PlainText.Kind.MULTI_LINE);
        String website = text(errors, "website", in.website(), MAX_WEBSITE, false, PlainText.Kind.SINGLE_LINE);
        if (website != null && !URL_FORM.matcher(website).matches()) {
            errors.add("website", URL);
        }
        Set<String> settings = choices(errors, "settings", in.settings(), settingCodes);
        Set<String> careers = choices(errors, "careers", in.careers(), careerSlugs);
        Set<String> languages = choices(errors, "languages", in.languages(), Set.copyOf(SpokenLanguages.CODES));
        return errors.isEmpty()
                ? Optional.of(new Profile(description, website, settings, careers, languages))
                : Optional.empty();
    }

    /** The site, geocoded from its ZIP code, or empty with a problem per field added to {@code errors}. */
    public Optional<SitePlace> site(SiteInput in, FieldErrors errors) {
        String name = text(errors, "name", in.name(), MAX_SITE_NAME, true, PlainText.Kind.SINGLE_LINE);
        String street = text(errors, "street", in.street(), MAX_STREET, false, PlainText.Kind.SINGLE_LINE);
        String city = text(errors, "city", in.city(), MAX_CITY, false, PlainText.Kind.SINGLE_LINE);
        String zip = text(errors, "zip", in.zip(), 10, true, PlainText.Kind.SINGLE_LINE);
        Place place = null;
        if (zip != null && !ZIP_FORM.matcher(zip).matches()) {
            errors.add("zip", ZIP);
        } else if (zip != null) {
            place = geography.zip(zip).orElse(null);
            if (place == null) {
                errors.add("zip", ZIP_UNKNOWN, zip);
            }
        }
        if (place != null && city != null && !errors.has("city")) {
            String typed = city;
            Place zipPlace = place;
            if (geography.lookup(city + ", " + place.state()) instanceof Lookup.Found found
                    && !found.place().ambiguous()
                    && found.place().point().milesTo(zipPlace.point()) > MAX_CITY_MILES) {
                errors.add("city", CITY_FAR, typed, zip, zipPlace.city());
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SitePlace(name, Location.at(street, city, place), place.county()));
    }

    private static String text(
            FieldErrors errors, String field, String value, int max, boolean required, PlainText.Kind kind) {
        String text = value == null || value.isBlank()
                ? null
                : PlainText.normalized(value, kind).strip();
        if (text == null) {
            if (required) {
                errors.add(field, REQUIRED);
            }
            return null;
        }
        Optional<String> unusable = PlainText.problem(text, kind);
        if (unusable.isPresent()) {
            errors.add(field, unusable.get());
            return null;
        }
        if (text.length() > max) {
            errors.add(field, TOO_LONG, max);
            return null;
        }
        return text;
    }

    private static Set<String> choices(FieldErrors errors, String field, List<String> values, Set<String> allowed) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (allowed.contains(value)) {
                chosen.add(value);
            } else {
                errors.add(
                        field,
                        NOT_A_CHOICE,
                        value.strip().length() > 60 ? value.strip().substring(0, 60) : value.strip());
            }
        }
        return chosen;
    }
}
