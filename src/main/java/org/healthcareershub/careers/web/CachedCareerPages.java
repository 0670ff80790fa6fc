package org.healthcareershub.careers.web;

import org.healthcareershub.careers.CareerPagesChanged;
import org.healthcareershub.web.PageCache;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Evicts the cached career pages (and the pages that list careers) when what they show changed. */
@Component
class CachedCareerPages {

    private final PageCache pages;

    CachedCareerPages(PageCache pages) {
        this.pages = pages;
    }

    @EventListener
    void on(CareerPagesChanged changed) {
        if (changed.listsToo()) {
            pages.evict("/");
            pages.evict("/get-started");
            pages.evictUnder("/careers");
        } else if (changed.careerSlug() == null) {
            pages.evictUnder("/careers/");
        } else {
            pages.evict("/careers/" + changed.careerSlug());
        }
    }
}
