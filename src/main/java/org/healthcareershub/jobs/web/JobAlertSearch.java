package org.healthcareershub.jobs.web;

import static org.healthcareershub.web.SearchAlertSource.all;
import static org.healthcareershub.web.SearchAlertSource.first;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.jobs.JobSearch;
import org.healthcareershub.jobs.JobSort;
import org.healthcareershub.jobs.domain.JobSearcher;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.healthcareershub.web.SearchAlertSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Job searches people may be mailed new openings of, read by the page's own {@link JobSearchFormReader}; a
 * run looks at what was published since a time, oldest first, whatever order the person chose.
 */
@Component
class JobAlertSearch implements SearchAlertSource {

    private final JobSearchFormReader reader;
    private final JobSearcher searcher;
    private final MessageSource messages;

    JobAlertSearch(JobSearchFormReader reader, JobSearcher searcher, MessageSource messages) {
        this.reader = reader;
        this.searcher = searcher;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "jobs";
    }

    @Override
    public Reading read(Map<String, List<String>> parameters) {
        return reading(reader.read(form(parameters), JobSearch.DEFAULT_PAGE_SIZE));
    }

    @Override
    public List<Hit> results(String query, Instant since, int limit) {
        JobSearch search =
                reader.read(form(SearchAlertSource.parse(query)), limit).search();
        return searcher.publishedSince(search, since, limit).stream()
                .map(p -> new Hit(String.valueOf(p.id()), p.title(), "/jobs/" + p.id(), p.publishedAt(), p.sample()))
                .toList();
    }

    @Override
    public String describe(String query, Locale locale) {
        return SearchAlertSource.describe(query, p -> switch (p.name()) {
            case "type", "schedule", "language" ->
                messages.getMessage(
                        "jobs." + p.name() + "." + p.value().toUpperCase(Locale.ROOT), null, p.value(), locale);
            case "minPay" -> messages.getMessage("jobs.minPay.label", null, locale) + ": $" + p.value();
            case "posted" -> messages.getMessage("jobs.posted.days", new Object[] {Integer.valueOf(p.value())}, locale);
            case "radius", "sort" -> null;
            default -> p.value();
        });
    }

    /** The search as the alert control's hidden fields and a stored alert write it: checked values only. */
    static Reading reading(JobSearchFormReader.Result read) {
        JobSearch search = read.search();
        FieldErrors errors = new FieldErrors().addAll(read.errors());
        Parameters parameters = new Parameters().add("q", read.q());
        if (search.near() != null) {
            parameters.add("near", read.near()).add("radius", search.radiusMiles());
        }
        return parameters
                .add("career", search.career())
                .add("employer", search.employer())
                .addAll("type", search.types())
                .addAll("schedule", search.schedules())
                .addAll("language", search.languages())
                .add(
                        "minPay",
                        search.minYearlyPay() == null
                                ? null
                                : search.minYearlyPay().toPlainString())
                .add("posted", search.postedWithinDays())
                .add(
                        "sort",
                        search.sort() == JobSort.RELEVANCE
                                ? null
                                : search.sort().name().toLowerCase(Locale.ROOT))
                .reading(errors);
    }

    private static JobSearchForm form(Map<String, List<String>> p) {
        return new JobSearchForm(
                PlainText.oneLine(first(p, "q")),
                first(p, "near"),
                first(p, "radius"),
                first(p, "career"),
                first(p, "employer"),
                all(p, "type"),
                all(p, "schedule"),
                all(p, "language"),
                first(p, "minPay"),
                first(p, "posted"),
                first(p, "sort"),
                null);
    }
}
