package org.healthcareershub.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler whose page is the same for everyone who shares its language and audience (anonymous,
 * signed in, staff), so that {@link PageCache} renders it once and serves it from memory until its owner
 * says its content changed. Its model must hold nothing about the visitor; a page that shows a field problem
 * ({@link FieldErrors}) is never kept. A request with any query parameter besides {@code lang} and those
 * named in {@link #variants()} is rendered as usual and not kept.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedPage {

    /** Query parameters that choose a variant of the page (each value its own entry), e.g. a region. */
    String[] variants() default {};
}
