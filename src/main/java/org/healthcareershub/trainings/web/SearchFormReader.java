package org.healthcareershub.trainings.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Place;
import org.healthcareershub.geo.SearchArea;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingSearch;
import org.healthcareershub.trainings.TrainingSort;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.springframework.stereotype.Component;

/**
 * Turns what a person typed into a search, for the page and the API alike. A bad value never fails the
 * page: it gets a problem for its field and the search runs without it; the API answers 400 with them.
 * Control and text-direction characters in the words and the place are read as spaces
 * ({@link PlainText#oneLine}), so they reach neither the index nor the page.
 */
@Component
class SearchFormReader {

    static final int MAX_QUERY = 200;
    static final int MAX_PAGE = 1000;

    private final Geography geography;

    SearchFormReader(Geography geography) {
        this.geography = geography;
    }

    record Result(TrainingSearch search, FieldErrors errors, Place place, String q, String near, String radius) {}

    Result read(SearchForm form, int pageSize) {
        FieldErrors errors = new FieldErrors();
        String q = blankToNull(PlainText.oneLine(form.q()));
        if (q != null && q.length() > MAX_QUERY) {
            errors.add("q", "trainings.error.q.tooLong");
            q = q.substring(0, MAX_QUERY);
        }
        SearchArea area = geography.area(PlainText.oneLine(form.near()), form.radius());
        area.nearProblem().ifPresent(key -> errors.add("near", key));
        area.radiusProblem().ifPresent(key -> errors.add("radius", key));
        Place place = area.place().orElse(null);
        BigDecimal maxCost = null;
        String cost = blankToNull(form.cost());
        if (cost != null) {
            if (cost.equalsIgnoreCase("free")) {
                maxCost = BigDecimal.ZERO;
            } else {
                try {
                    maxCost = new BigDecimal(cost);
                    if (maxCost.signum() <= 0 || maxCost.compareTo(new BigDecimal("1000000")) > 0) {
                        errors.add("cost", "trainings.error.cost");
                        maxCost = null;
                    }
                } catch (NumberFormatException e) {
                    errors.add("cost", "trainings.error.cost");
                }
            }
        }
        int page = 1;
        try {
            page = form.page() == null ? 1 : Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(form.page())));
        } catch (NumberFormatException ignored) {
            // a mangled page number shows the first page
        }
        TrainingSearch search = new TrainingSearch(
                q,
                choices(form.type(), CredentialType.class),
                choices(form.mode(), DeliveryMode.class),
                choices(form.schedule(), Schedule.class),
                maxCost,
                blankToNull(form.career()),
                place == null ? null : place.point(),
                area.miles().miles(),
                !"exclude".equals(form.online()),
                choice(form.sort(), TrainingSort.class),
                page,
                pageSize);
        return new Result(search, errors, place, q, area.near(), area.radius());
    }

    static <E extends Enum<E>> Set<E> choices(List<String> values, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E e = choice(value, type);
                if (e != null) {
                    chosen.add(e);
                }
            }
        }
        return chosen;
    }

    static <E extends Enum<E>> E choice(String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownValue) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
