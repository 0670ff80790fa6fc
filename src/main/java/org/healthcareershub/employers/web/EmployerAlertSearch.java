package org.healthcareershub.employers.web;

import static org.healthcareershub.web.SearchAlertSource.all;
import static org.healthcareershub.web.SearchAlertSource.first;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.employers.domain.EmployerSearcher;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.SearchAlertSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Directory searches people may be mailed new employers of, read by the page's own reader. */
@Component
class EmployerAlertSearch implements SearchAlertSource {

    private final EmployerSearchFormReader reader;
    private final EmployerSearcher searcher;
    private final MessageSource messages;

    EmployerAlertSearch(EmployerSearchFormReader reader, EmployerSearcher searcher, MessageSource messages) {
        this.reader = reader;
        this.searcher = searcher;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "employers";
    }

    @Override
    public Reading read(Map<String, List<String>> parameters) {
        return reading(reader.read(form(parameters), EmployerSearch.DEFAULT_PAGE_SIZE));
    }

    @Override
    public List<Hit> results(String query, Instant since, int limit) {
        EmployerSearch search =
                reader.read(form(SearchAlertSource.parse(query)), limit).search();
        return searcher.listedSince(search, since, limit).stream()
                .map(e -> new Hit(e.slug(), e.name(), "/employers/" + e.slug(), e.listedAt(), e.sample()))
                .toList();
    }

    @Override
    public String describe(String query, Locale locale) {
        return SearchAlertSource.describe(query, p -> switch (p.name()) {
            case "setting" -> messages.getMessage("setting." + p.value(), null, p.value(), locale);
            case "radius" -> null;
            default -> p.value();
        });
    }

    /** The search as the alert control's hidden fields and a stored alert write it: checked values only. */
    static Reading reading(EmployerSearchFormReader.Result read) {
        EmployerSearch search = read.search();
        FieldErrors errors = new FieldErrors().addAll(read.errors());
        Parameters parameters = new Parameters().add("q", read.q());
        if (search.near() != null) {
            parameters.add("near", read.near()).add("radius", search.radiusMiles());
        }
        for (String setting : search.settings()) {
            if (!SettingCodes.ALL.contains(setting)) {
                errors.add("setting", "alerts.error.setting");
            }
        }
        return parameters
                .addAll(
                        "setting",
                        search.settings().stream()
                                .filter(SettingCodes.ALL::contains)
                                .toList())
                .addSlug("career", search.career(), errors, "alerts.error.career")
                .add("region", search.region())
                .reading(errors);
    }

    private static EmployerSearchForm form(Map<String, List<String>> p) {
        return new EmployerSearchForm(
                first(p, "q"),
                all(p, "setting"),
                first(p, "career"),
                first(p, "region"),
                first(p, "near"),
                first(p, "radius"),
                null);
    }
}
