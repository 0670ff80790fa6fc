package org.healthcareershub.notifications.domain;

import java.util.Locale;
import org.healthcareershub.notifications.ListUnsubscribe;
import org.healthcareershub.web.Markdown;
import org.healthcareershub.web.Site;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes an issue as the mail a subscriber gets: the subject is the title; the plain text is the title, the
 * Markdown as staff wrote it, then why the mail came and the unsubscribe link; the HTML part is the Markdown
 * rendered and sanitized by {@link Markdown} (raw HTML and script in the text come out as inert text) with
 * the same ending. The staff preview, the test mail and the send all use it, so the preview is the mail.
 */
@Component
public class NewsMail {

    /** The one-click unsubscribe path; the token follows. */
    public static final String UNSUBSCRIBE_PATH = "/news/unsubscribe/";

    /** The token of the link in a test mail or a preview: it unsubscribes nobody. */
    public static final String SAMPLE_TOKEN = "sample";

    /** An issue as mailed. {@code htmlContent} is the HTML part's content alone, for a page to show. */
    public record Composed(String subject, String text, String html, String htmlContent, String unsubscribeUrl) {

        /** The unsubscribe headers the mail goes out with, as they are written in it. */
        public String headers() {
            return "List-Unsubscribe: "
                    + ListUnsubscribe.oneClick(unsubscribeUrl).header() + "\nList-Unsubscribe-Post: "
                    + ListUnsubscribe.POST_HEADER_VALUE;
        }
    }

    private final Markdown markdown = new Markdown();
    private final MessageSource messages;
    private final Site site;

    NewsMail(MessageSource messages, Site site) {
        this.messages = messages;
        this.site = site;
    }

    public String unsubscribeUrl(String token) {
        return site.absolute(UNSUBSCRIBE_PATH + token);
    }

    public Composed compose(NewsIssue issue, String unsubscribeToken, Locale language) {
        String url = unsubscribeUrl(unsubscribeToken);
        String why = messages.getMessage("news.mail.why", new Object[] {site.name()}, language);
        String stop = messages.getMessage("news.mail.unsubscribe", null, language);
        String text = issue.title() + "\n\n" + issue.body().strip() + "\n\n----------\n" + why + "\n" + stop + ": "
                + url + "\n";
        String content = "<h2>" + HtmlUtils.htmlEscape(issue.title()) + "</h2>" + markdown.html(issue.body());
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + HtmlUtils.htmlEscape(issue.title()) + "</title></head><body>" + content
                + "<hr><p>" + HtmlUtils.htmlEscape(why) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(url) + "\">"
                + HtmlUtils.htmlEscape(stop) + "</a></p></body></html>";
        return new Composed(issue.title(), text, html, content, url);
    }
}
