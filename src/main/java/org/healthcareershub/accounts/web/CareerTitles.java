package org.healthcareershub.accounts.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerSummary;
import org.springframework.stereotype.Component;

/** Career titles by slug, in list order and the page's language, for the profile's careers of interest. */
@Component
class CareerTitles {

    private final CareerCatalog careers;

    CareerTitles(CareerCatalog careers) {
        this.careers = careers;
    }

    Map<String, String> in(Locale locale) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (CareerSummary career : careers.list(locale, null)) {
            titles.put(career.slug(), career.title());
        }
        return titles;
    }
}
