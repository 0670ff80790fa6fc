package org.healthcareershub.notifications.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** What a subscription or an issue is about: careers and regions, each "all" when none is chosen. */
@Embeddable
public class NewsTopics {

    @Convert(converter = NewsChoices.Column.class)
    private NewsChoices careers;

    @Convert(converter = NewsChoices.Column.class)
    private NewsChoices regions;

    protected NewsTopics() {}

    NewsTopics(NewsChoices careers, NewsChoices regions) {
        this.careers = careers;
        this.regions = regions;
    }

    public NewsChoices careers() {
        return careers;
    }

    public NewsChoices regions() {
        return regions;
    }

    /** Whether an issue about {@code issue} is for someone who chose these. */
    public boolean meets(NewsTopics issue) {
        return careers.meets(issue.careers()) && regions.meets(issue.regions());
    }
}
