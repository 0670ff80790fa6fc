package org.healthcareershub.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to the pages of a search's results: the current request's URL (its search) with another
 * {@code page}, as a path and query without the host, so that the link works behind any proxy.
 */
public final class PageLinks {

    private PageLinks() {}

    /** Page number to link for the pages within three of {@code page}, and the previous and next ones. */
    public static Map<Integer, String> around(int page, int pageCount) {
        Map<Integer, String> links = new LinkedHashMap<>();
        int first = Math.max(1, page - 3);
        int last = Math.min(pageCount, page + 3);
        for (int n = first; n <= last; n++) {
            links.put(n, to(n));
        }
        links.putIfAbsent(page - 1, to(page - 1));
        links.putIfAbsent(page + 1, to(page + 1));
        return links;
    }

    /** The current request's URL with {@code page}. */
    public static String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
