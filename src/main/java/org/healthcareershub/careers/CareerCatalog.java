package org.healthcareershub.careers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.careers.domain.Career;
import org.healthcareershub.careers.domain.CareerTitle;
import org.healthcareershub.careers.domain.Careers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The careers the portal describes. Pages ask for a language and get that translation where one
 * exists, English otherwise.
 */
@Service
@Transactional(readOnly = true)
public class CareerCatalog {

    static final String DEFAULT_LOCALE = "en";

    private final Careers careers;
    private final CareerTitleCache titleCache;

    CareerCatalog(Careers careers, CareerTitleCache titleCache) {
        this.careers = careers;
        this.titleCache = titleCache;
    }

    /** The career page for {@code slug} in {@code locale}, falling back to English. */
    public CareerProfile profile(String slug, Locale locale) {
        String language = language(locale);
        return careers.findBySlugAndLocale(slug, language)
                .map(c -> new CareerProfile(c.toContent(), true))
                .or(() -> careers.findBySlugAndLocale(slug, DEFAULT_LOCALE)
                        .map(c -> new CareerProfile(c.toContent(), language.equals(DEFAULT_LOCALE))))
                .orElseThrow(() -> new CareerNotFoundException(slug));
    }

    /** Every career in list order, in {@code locale} where translated, filtered by {@code query}. */
    public List<CareerSummary> list(Locale locale, String query) {
        String language = language(locale);
        Map<String, Career> chosen = new LinkedHashMap<>();
        for (Career career : careers.findAllByOrderByPositionAscSlugAscLocaleAsc()) {
            if (career.locale().equals(language)
                    || (career.locale().equals(DEFAULT_LOCALE) && !chosen.containsKey(career.slug()))) {
                chosen.put(career.slug(), career);
            }
        }
        return chosen.values().stream()
                .map(c -> summary(c.toContent(), c.locale().equals(language)))
                .filter(s -> s.matches(query))
                .toList();
    }

    /**
     * The title of every career by slug, in list order, in {@code locale} where translated (as in
     * {@link #list}); reads only the titles, for filters and labels on every search page, and keeps them
     * until a career is written. The map cannot be changed.
     */
    public Map<String, String> titles(Locale locale) {
        return titleCache.titles(language(locale), this::readTitles);
    }

    private Map<String, String> readTitles(String language) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (CareerTitle career : careers.findAllTitles()) {
            if (career.locale().equals(language)
                    || (career.locale().equals(DEFAULT_LOCALE) && !titles.containsKey(career.slug()))) {
                titles.put(career.slug(), career.title());
            }
        }
        return titles;
    }

    /** The slugs of all careers, for the sitemap. */
    public List<String> slugs() {
        return careers.findAllByOrderByPositionAscSlugAscLocaleAsc().stream()
                .map(Career::slug)
                .distinct()
                .toList();
    }

    /** The distinct SOC codes of the related occupations of {@code slugs}, for structured data. */
    public List<String> socCodes(java.util.Collection<String> slugs) {
        return slugs.stream()
                .flatMap(slug -> careers.findBySlugAndLocale(slug, DEFAULT_LOCALE).stream())
                .flatMap(c -> c.toContent().socCodes().stream())
                .distinct()
                .toList();
    }

    private static CareerSummary summary(CareerContent c, boolean translated) {
        return new CareerSummary(
                c.slug(),
                c.title(),
                c.summary(),
                c.quickFacts(),
                c.jobTitles().stream().map(CareerContent.JobTitle::title).toList(),
                translated);
    }

    private static String language(Locale locale) {
        return locale == null ? DEFAULT_LOCALE : locale.getLanguage();
    }
}
