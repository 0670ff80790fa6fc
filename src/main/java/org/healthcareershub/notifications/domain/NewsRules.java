package org.healthcareershub.notifications.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.web.EmailAddress;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.Markdown;
import org.healthcareershub.web.PlainText;
import org.springframework.stereotype.Component;

/**
 * The checks on what comes in for career news: a subscription (an email address, careers from the careers
 * module, New York regions from geo; none chosen means all) and an issue staff write (a title, a Markdown
 * body within what one mail holds, the careers and regions it is for).
 */
@Component
public class NewsRules {

    public static final int MAX_TITLE = 150;
    public static final int MAX_BODY = 6000;

    /**
     * The most HTML the body may render to: the outbox's {@code html_body} column holds 100000 characters, less
     * room for the title, the frame and the unsubscribe ending {@link NewsMail} adds. Short Markdown can render
     * to far more (reference links repeated), so the rendered size is what is checked.
     */
    public static final int MAX_BODY_HTML = 100_000 - 4_000;

    /** A subscription as the form sends it. */
    public record Subscription(String email, List<String> careers, List<String> regions) {

        public Subscription {
            careers = careers == null ? List.of() : List.copyOf(careers);
            regions = regions == null ? List.of() : List.copyOf(regions);
        }

        public static Subscription empty(String email) {
            return new Subscription(email, List.of(), List.of());
        }
    }

    /** An issue as staff write it; the body is Markdown. */
    public record IssueInput(
            String title, @PlainText.MultiLine String body, List<String> careers, List<String> regions) {

        public IssueInput {
            careers = careers == null ? List.of() : List.copyOf(careers);
            regions = regions == null ? List.of() : List.copyOf(regions);
        }

        public static IssueInput empty() {
            return new IssueInput("", "", List.of(), List.of());
        }

        public static IssueInput of(NewsIssue issue) {
            return new IssueInput(
                    issue.title(),
                    issue.body(),
                    List.copyOf(issue.topics().careers().values()),
                    List.copyOf(issue.topics().regions().values()));
        }
    }

    private final CareerCatalog careers;
    private final Geography geography;
    private final Markdown markdown = new Markdown();

    NewsRules(CareerCatalog careers, Geography geography) {
        this.careers = careers;
        this.geography = geography;
    }

    /** The problems of a subscription; empty when it may go on. */
    public FieldErrors check(Subscription in) {
        FieldErrors errors = PlainText.check(in);
        if (!errors.has("email")) {
            EmailAddress.problem(in.email()).ifPresent(key -> errors.add("email", key));
        }
        checkChoices(in.careers(), in.regions(), errors);
        return errors;
    }

    /** The problems of an issue; empty when it may be saved. */
    public FieldErrors check(IssueInput in) {
        FieldErrors errors = PlainText.check(in);
        if (!errors.has("title")) {
            if (in.title() == null || in.title().isBlank()) {
                errors.add("title", "news.issue.error.title");
            } else if (in.title().strip().length() > MAX_TITLE) {
                errors.add("title", "news.issue.error.titleLong", MAX_TITLE);
            }
        }
        if (!errors.has("body")) {
            if (in.body() == null || in.body().isBlank()) {
                errors.add("body", "news.issue.error.body");
            } else if (in.body().length() > MAX_BODY) {
                errors.add(
                        "body", "news.issue.error.bodyLong", MAX_BODY, in.body().length());
            } else if (markdown.html(in.body()).length() > MAX_BODY_HTML) {
                errors.add("body", "news.issue.error.bodyHtml");
            }
        }
        checkChoices(in.careers(), in.regions(), errors);
        return errors;
    }

    /** The address in the one form it is stored and compared in: NFC, lower case, no surrounding space. */
    public static String normalize(String email) {
        return new EmailAddress(email).toString().toLowerCase(Locale.ROOT);
    }

    private void checkChoices(List<String> chosenCareers, List<String> chosenRegions, FieldErrors errors) {
        Set<String> knownCareers = careers.titles(Locale.ENGLISH).keySet();
        if (!errors.has("careers") && !knownCareers.containsAll(chosenCareers)) {
            errors.add("careers", "news.error.careers");
        }
        if (!errors.has("regions") && !geography.regions().containsAll(chosenRegions)) {
            errors.add("regions", "news.error.regions");
        }
    }
}
