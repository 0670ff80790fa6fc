package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticResourceUrlEncodingFilterTests {

    @Test
    void tellsFileLinksFromPageLinks() {
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/css/hub.css")).isTrue();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/webjars/htmx.org/dist/htmx.min.js?v=1"))
                .isTrue();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/favicon.svg#icon"))
                .isTrue();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/trainings/123")).isFalse();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/trainings?q=a.b&near=Albany, N.Y."))
                .isFalse();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/v1.2/trainings"))
                .isFalse();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/")).isFalse();
    }
}
