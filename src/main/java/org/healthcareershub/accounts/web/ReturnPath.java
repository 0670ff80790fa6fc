package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where to send a person back to: only a path of this site, never another site (no open redirect). */
final class ReturnPath {

    static final String FALLBACK = "/account";

    private ReturnPath() {}

    /** {@code candidate} if it is a local path (with an optional query), {@link #FALLBACK} otherwise. */
    static String safe(String candidate) {
        if (candidate == null
                || candidate.length() > 2000
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || !candidate.matches("/[A-Za-z0-9\\-._~/?&=%+,;:@!*'()]*")) {
            return FALLBACK;
        }
        return candidate;
    }

    /** The current request's path and query, without the context path. */
    static String of(HttpServletRequest request) {
        String path = request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }
}
