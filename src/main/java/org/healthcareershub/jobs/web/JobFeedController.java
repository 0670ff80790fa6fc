package org.healthcareershub.jobs.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobHit;
import org.healthcareershub.jobs.JobResults;
import org.healthcareershub.jobs.JobSort;
import org.healthcareershub.web.ParameterProblems;
import org.healthcareershub.web.PlainText;
import org.healthcareershub.web.Site;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * An Atom feed of the newest open postings matching the same parameters as /jobs, so a feed reader can
 * follow a search ("care coordination near 12207"). Bad parameters answer 400 as the API does.
 */
@Controller
class JobFeedController {

    static final int ENTRIES = 50;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final JobBoard board;
    private final JobSearchFormReader reader;
    private final MessageSource messages;
    private final Site site;

    JobFeedController(JobBoard board, JobSearchFormReader reader, MessageSource messages, Site site) {
        this.board = board;
        this.reader = reader;
        this.messages = messages;
        this.site = site;
    }

    @GetMapping("/jobs/feed.atom")
    ResponseEntity<?> feed(@ModelAttribute JobSearchForm form, Locale locale) {
        JobSearchFormReader.Result read = reader.read(form, ENTRIES);
        if (!read.errors().isEmpty()) {
            return ParameterProblems.badRequest(read.errors(), messages, locale);
        }
        JobResults results = board.search(read.search().withSort(JobSort.NEWEST));
        String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        String self = site.absolute("/jobs/feed.atom" + (query == null ? "" : "?" + query));
        String page = site.absolute("/jobs" + (query == null ? "" : "?" + query));
        Instant updated = results.hits().stream()
                .map(JobHit::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder(8192)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        element(xml, "title", messages.getMessage("jobs.feed.title", null, locale) + " | " + site.name());
        element(xml, "id", self);
        xml.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(escape(self))
                .append("\"/>\n");
        xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(escape(page))
                .append("\"/>\n");
        element(xml, "updated", time(updated));
        xml.append("<author><name>").append(escape(site.organization())).append("</name></author>\n");
        for (JobHit hit : results.hits()) {
            String url = site.absolute("/jobs/" + hit.id());
            xml.append("<entry>\n");
            element(xml, "title", hit.title() + " – " + hit.employerName());
            element(xml, "id", url);
            xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(escape(url))
                    .append("\"/>\n");
            element(xml, "updated", time(hit.publishedAt()));
            element(xml, "published", time(hit.publishedAt()));
            element(xml, "summary", summary(hit, locale));
            xml.append("</entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private String summary(JobHit hit, Locale locale) {
        String pay = messages.getMessage(
                "jobs.feed.pay." + hit.pay().unit(),
                new Object[] {hit.pay().min().toPlainString(), hit.pay().max().toPlainString()},
                locale);
        String text = hit.city() + " · " + pay + " · "
                + messages.getMessage("jobs.type." + hit.employmentType(), null, locale);
        return hit.sample() ? messages.getMessage("sample.badge", null, locale) + ": " + text : text;
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<')
                .append(name)
                .append('>')
                .append(escape(text))
                .append("</")
                .append(name)
                .append(">\n");
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Escaped for XML, and never a character XML 1.0 forbids (that would make the whole feed unreadable). */
    static String escape(String text) {
        StringBuilder allowed = new StringBuilder(text.length());
        text.codePoints().forEach(c -> allowed.appendCodePoint(isXmlChar(c) ? c : PlainText.REPLACEMENT));
        return HtmlUtils.htmlEscape(allowed.toString(), "UTF-8");
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
