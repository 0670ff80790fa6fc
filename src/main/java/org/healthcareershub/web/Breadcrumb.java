package org.healthcareershub.web;

/**
 * One step of the breadcrumb trail below the header. Either {@code messageKey} or {@code text} names the
 * step; the current page has no {@code href}. The layout adds "Home" in front.
 */
public record Breadcrumb(String messageKey, String text, String href) {

    public static Breadcrumb link(String messageKey, String href) {
        return new Breadcrumb(messageKey, null, href);
    }

    public static Breadcrumb page(String messageKey) {
        return new Breadcrumb(messageKey, null, null);
    }

    public static Breadcrumb current(String text) {
        return new Breadcrumb(null, text, null);
    }
}
