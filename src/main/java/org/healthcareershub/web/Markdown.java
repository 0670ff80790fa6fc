package org.healthcareershub.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Renders Markdown (a posting's description, a career news issue) as HTML that is safe to put in a page: CommonMark renders it
 * (raw HTML in the text is escaped), and jsoup's safelist keeps only text formatting, lists, links
 * (http, https and mailto, marked nofollow) and headings. Headings become h3, below the page's own
 * sections, so the outline never skips a level. Holds no state: create one where it is needed.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6");

    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String clean = Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFE);
        Document document = Jsoup.parseBodyFragment(clean);
        for (Element heading : document.body().select("h1, h2, h4, h5, h6")) {
            heading.tagName("h3");
        }
        // A link whose address the safelist refused (javascript:, data:) keeps its words and loses the link.
        document.body().select("a:not([href])").unwrap();
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    /** The description as plain text, for meta descriptions and the feed's summaries. */
    public String text(String markdown) {
        return markdown == null ? "" : Jsoup.parse(html(markdown)).text();
    }
}
