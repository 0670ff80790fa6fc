package org.healthcareershub.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@link Site} in every page's model (error pages included): Thymeleaf forbids bean references in
 * link and text attributes, so templates read {@code ${site}} instead.
 */
@ControllerAdvice
class SiteModel {

    private final Site site;

    SiteModel(Site site) {
        this.site = site;
    }

    @ModelAttribute("site")
    Site site() {
        return site;
    }
}
