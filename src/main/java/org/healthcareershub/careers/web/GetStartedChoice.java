package org.healthcareershub.careers.web;

import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One answer to "what do you want to do?": {@code key} names its messages ({@code getStarted.choice.<key>})
 * and {@code href} where it leads. The chooser page offers them in general; a career page scopes them to
 * that career.
 */
record GetStartedChoice(String key, String href) {

    static List<GetStartedChoice> general() {
        return List.of(
                new GetStartedChoice("careers", "/careers"),
                new GetStartedChoice("trainings", "/trainings"),
                new GetStartedChoice("employers", "/employers"),
                new GetStartedChoice("jobs", "/jobs"),
                new GetStartedChoice("sign-up", "/sign-up"));
    }

    static List<GetStartedChoice> forCareer(String slug) {
        return List.of(
                new GetStartedChoice("trainings", withQuery("/trainings", "career", slug)),
                new GetStartedChoice("employers", withQuery("/employers", "career", slug)),
                new GetStartedChoice("jobs", withQuery("/jobs", "career", slug)),
                new GetStartedChoice("sign-up", "/sign-up"),
                new GetStartedChoice("careers", "/careers"));
    }

    private static String withQuery(String path, String name, String value) {
        // Expanded as a variable so that "&" and spaces in a career's title are encoded too.
        return UriComponentsBuilder.fromPath(path)
                .queryParam(name, "{value}")
                .encode()
                .buildAndExpand(value)
                .toUriString();
    }
}
