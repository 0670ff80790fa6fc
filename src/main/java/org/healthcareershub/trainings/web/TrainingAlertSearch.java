package org.healthcareershub.trainings.web;

import static org.healthcareershub.web.SearchAlertSource.all;
import static org.healthcareershub.web.SearchAlertSource.first;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.trainings.TrainingSearch;
import org.healthcareershub.trainings.TrainingSort;
import org.healthcareershub.trainings.domain.TrainingSearcher;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.SearchAlertSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Catalog searches people may be mailed new programs of, read by the page's own {@link SearchFormReader}. */
@Component
class TrainingAlertSearch implements SearchAlertSource {

    private final SearchFormReader reader;
    private final TrainingSearcher searcher;
    private final MessageSource messages;

    TrainingAlertSearch(SearchFormReader reader, TrainingSearcher searcher, MessageSource messages) {
        this.reader = reader;
        this.searcher = searcher;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "trainings";
    }

    @Override
    public Reading read(Map<String, List<String>> parameters) {
        return reading(reader.read(form(parameters), TrainingSearch.DEFAULT_PAGE_SIZE));
    }

    @Override
    public List<Hit> results(String query, Instant since, int limit) {
        TrainingSearch search =
                reader.read(form(SearchAlertSource.parse(query)), limit).search();
        return searcher.publishedSince(search, since, limit).stream()
                .map(t -> new Hit(
                        String.valueOf(t.id()),
                        t.title(),
                        "/trainings/" + t.id(),
                        t.publishedAt(),
                        t.details().sample()))
                .toList();
    }

    @Override
    public String describe(String query, Locale locale) {
        return SearchAlertSource.describe(query, p -> switch (p.name()) {
            case "type", "mode", "schedule" ->
                messages.getMessage(
                        "trainings." + p.name() + "." + p.value().toUpperCase(Locale.ROOT), null, p.value(), locale);
            case "cost" ->
                p.value().equals("free")
                        ? messages.getMessage("trainings.cost.free", null, locale)
                        : messages.getMessage("trainings.cost.under", new Object[] {p.value()}, locale);
            case "online" -> messages.getMessage("trainings.online.exclude", null, locale);
            case "radius", "sort" -> null;
            default -> p.value();
        });
    }

    /** The search as the alert control's hidden fields and a stored alert write it: checked values only. */
    static Reading reading(SearchFormReader.Result read) {
        TrainingSearch search = read.search();
        FieldErrors errors = new FieldErrors().addAll(read.errors());
        Parameters parameters = new Parameters().add("q", read.q());
        if (search.near() != null) {
            parameters.add("near", read.near()).add("radius", search.radiusMiles());
        }
        parameters
                .addAll("type", search.types())
                .addAll("mode", search.modes())
                .addAll("schedule", search.schedules())
                .add(
                        "cost",
                        search.maxCost() == null
                                ? null
                                : search.maxCost().signum() == 0
                                        ? "free"
                                        : search.maxCost().toPlainString())
                .addSlug("career", search.career(), errors, "alerts.error.career")
                .add("online", search.includeOnline() ? null : "exclude")
                .add(
                        "sort",
                        search.sort() == TrainingSort.RELEVANCE
                                ? null
                                : search.sort().name().toLowerCase(Locale.ROOT));
        return parameters.reading(errors);
    }

    private static SearchForm form(Map<String, List<String>> p) {
        return new SearchForm(
                first(p, "q"),
                all(p, "type"),
                all(p, "mode"),
                all(p, "schedule"),
                first(p, "cost"),
                first(p, "career"),
                first(p, "near"),
                first(p, "radius"),
                first(p, "online"),
                first(p, "sort"),
                null);
    }
}
