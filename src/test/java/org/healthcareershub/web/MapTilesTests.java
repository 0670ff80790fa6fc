package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapTilesTests {

    @Test
    void theContentSecurityPolicyAllowsImagesFromTheTileServer() {
        SiteProperties.MapTiles tiles =
                new SiteProperties.MapTiles("https://tiles.example.org:8443/{z}/{x}/{y}.png", "");

        assertThat(tiles.tileOrigin()).isEqualTo("https://tiles.example.org:8443");
        assertThat(SecurityConfiguration.contentSecurityPolicy(tiles.tileOrigin()))
                .contains("img-src 'self' data: https://tiles.example.org:8443;");
    }

    @Test
    void withoutATileServerThePolicyNamesNoOtherHost() {
        SiteProperties.MapTiles none = new SiteProperties.MapTiles("", "");

        assertThat(none.tileOrigin()).isEmpty();
        assertThat(SecurityConfiguration.contentSecurityPolicy(none.tileOrigin()))
                .contains("img-src 'self' data:;")
                .doesNotContain("null");
    }
}
