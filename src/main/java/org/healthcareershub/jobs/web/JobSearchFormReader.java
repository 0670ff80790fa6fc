package org.healthcareershub.jobs.web;

import java.math.BigDecimal;
import java.util.List;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Place;
import org.healthcareershub.geo.SearchArea;
import org.healthcareershub.jobs.EmploymentType;
import org.healthcareershub.jobs.JobLanguage;
import org.healthcareershub.jobs.JobSearch;
import org.healthcareershub.jobs.JobSort;
import org.healthcareershub.jobs.WorkSchedule;
import org.healthcareershub.jobs.domain.JobPostingRules;
import org.healthcareershub.web.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * Turns what a person typed into a job search, for the page, the feed and the API alike. A bad value never
 * fails the page: it gets a problem for its field and the search runs without it; the API answers 400.
 */
@Component
class JobSearchFormReader {

    static final int MAX_QUERY = 200;
    static final int MAX_PAGE = 1000;
    static final BigDecimal MAX_PAY = new BigDecimal("1000000");
    static final List<Integer> POSTED_CHOICES = List.of(1, 3, 7, 14, 30);

    private final Geography geography;

    JobSearchFormReader(Geography geography) {
        this.geography = geography;
    }

    record Result(
            JobSearch search, FieldErrors errors, Place place, String q, String near, String radius, String minPay) {}

    Result read(JobSearchForm form, int pageSize) {
        FieldErrors errors = new FieldErrors();
        String q = blankToNull(form.q());
        if (q != null && q.length() > MAX_QUERY) {
            errors.add("q", "jobs.search.error.q.tooLong", MAX_QUERY);
            q = q.substring(0, MAX_QUERY);
        }
        SearchArea area = geography.area(form.near(), form.radius());
        area.nearProblem().ifPresent(key -> errors.add("near", key));
        area.radiusProblem().ifPresent(key -> errors.add("radius", key));
        Place place = area.place().orElse(null);
        String minPayText = blankToNull(form.minPay());
        BigDecimal minPay = null;
        if (minPayText != null) {
            // Plain dollars only: "1e-999999999" parses as a BigDecimal, but has no place on a pay scale.
            String cleaned = minPayText.replace("$", "").replace(",", "");
            if (cleaned.matches("\\d{1,7}(\\.\\d{1,2})?")) {
                minPay = new BigDecimal(cleaned);
            }
            if (minPay == null || minPay.signum() <= 0 || minPay.compareTo(MAX_PAY) > 0) {
                errors.add("minPay", "jobs.search.error.minPay");
                minPay = null;
            }
        }
        Integer posted = null;
        String postedText = blankToNull(form.posted());
        if (postedText != null) {
            try {
                posted = Integer.parseInt(postedText);
                if (posted < 1 || posted > 90) {
                    errors.add("posted", "jobs.search.error.posted");
                    posted = null;
                }
            } catch (NumberFormatException e) {
                errors.add("posted", "jobs.search.error.posted");
            }
        }
        int page = 1;
        try {
            page = form.page() == null ? 1 : Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(form.page())));
        } catch (NumberFormatException ignored) {
            // a mangled page number shows the first page
        }
        JobSearch search = new JobSearch(
                q,
                slug(form.career()),
                slug(form.employer()),
                JobPostingRules.choices(list(form.type()), EmploymentType.class),
                JobPostingRules.choices(list(form.schedule()), WorkSchedule.class),
                JobPostingRules.choices(list(form.language()), JobLanguage.class),
                minPay,
                posted,
                place == null ? null : place.point(),
                area.miles().miles(),
                JobPostingRules.choice(form.sort(), JobSort.class),
                page,
                pageSize);
        return new Result(search, errors, place, q, area.near(), area.radius(), minPayText);
    }

    /** Slugs are lower-case words joined by hyphens; anything else cannot match and is ignored. */
    private static String slug(String value) {
        String v = blankToNull(value);
        return v != null && v.length() <= 120 && v.matches("[a-z0-9]+(-[a-z0-9]+)*") ? v : null;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
