package org.healthcareershub.employers.web;

import java.util.List;
import java.util.Set;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Place;
import org.healthcareershub.geo.SearchArea;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.springframework.stereotype.Component;

/**
 * Turns what a person typed into a directory search, for the page and the API alike, so both find the
 * same problems: the page shows each next to its field and searches without the bad value, the API answers
 * 400 naming them. Control and text-direction characters in the words and the place are read as spaces
 * ({@link PlainText#oneLine}), so they reach neither the index nor the page.
 */
@Component
class EmployerSearchFormReader {

    static final int MAX_QUERY = 200;
    static final int MAX_PAGE = 1000;

    private final Geography geography;

    EmployerSearchFormReader(Geography geography) {
        this.geography = geography;
    }

    record Result(EmployerSearch search, FieldErrors errors, Place place, String q, String near, String radius) {}

    Result read(EmployerSearchForm form, int pageSize) {
        // in the order the page shows the fields, which is the order of its error summary
        FieldErrors errors = new FieldErrors();
        SearchArea area = geography.area(PlainText.oneLine(form.near()), form.radius());
        area.nearProblem().ifPresent(key -> errors.add("near", key));
        area.radiusProblem().ifPresent(key -> errors.add("radius", key));
        Place place = area.place().orElse(null);
        String q = blankToNull(PlainText.oneLine(form.q()));
        if (q != null && q.length() > MAX_QUERY) {
            errors.add("q", "trainings.error.q.tooLong");
            q = q.substring(0, MAX_QUERY);
        }
        String region = blankToNull(form.region());
        List<String> regions = geography.regions();
        if (region != null && !regions.contains(region)) {
            errors.add("region", "employers.error.region", String.join(", ", regions));
            region = null;
        }
        EmployerSearch search = new EmployerSearch(
                q,
                form.setting() == null ? Set.of() : Set.copyOf(form.setting()),
                blankToNull(form.career()),
                region,
                place == null ? null : place.point(),
                area.miles().miles(),
                page(form.page()),
                pageSize);
        return new Result(search, errors, place, q, area.near(), area.radius());
    }

    private static int page(String text) {
        try {
            return text == null ? 1 : Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            // a mangled page number shows the first page
            return 1;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
