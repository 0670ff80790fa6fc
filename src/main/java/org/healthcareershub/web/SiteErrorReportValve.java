package org.healthcareershub.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's last word on an error that never reached the application (a request line over the size limit,
 * a malformed request): the security headers and a plain page in the site's words, instead of Tomcat's own
 * report. Errors the application handles are rendered by its error pages and pass through untouched.
 */
class SiteErrorReportValve extends ErrorReportValve {

    private final SecurityHeadersFilter headers;
    private final MessageSource messages;

    SiteErrorReportValve(SecurityHeadersFilter headers, MessageSource messages) {
        this.headers = headers;
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        headers.write(request, response);
        Locale locale = Locale.ENGLISH;
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.generic.title", null, locale));
        String lead = HtmlUtils.htmlEscape(
                messages.getMessage(status < 500 ? "error.badRequest.lead" : "error.generic.lead", null, locale));
        String home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale));
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                        + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<meta name=\"robots\" content=\"noindex\"></head><body><main id=\"main\"><h1>"
                        + title + "</h1><p>" + lead + "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>");
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client went away or the response was taken over: nothing more to say
        }
    }
}
