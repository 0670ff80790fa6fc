package org.healthcareershub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BrowserSessionTests {

    @Test
    void recognisesTheTilesOfAMapTemplateAndNothingElseOnThatHost() {
        Pattern tiles = BrowserSession.tilePattern("https://{s}.tile.example.org/{z}/{x}/{y}{r}.png?key=a.b");

        assertThat(tiles.matcher("https://a.tile.example.org/12/1205/1530.png?key=a.b")
                        .matches())
                .isTrue();
        assertThat(tiles.matcher("https://b.tile.example.org/3/4/5@2x.png?key=a.b")
                        .matches())
                .isTrue();
        assertThat(tiles.matcher("https://a.tile.example.org/tracker.js").matches())
                .isFalse();
        assertThat(tiles.matcher("https://a.tile.example.org/1/2/3.png?keyXa.b").matches())
                .isFalse();
    }

    @Test
    void thePortalIsOnlyTheLoopbackAddressOnItsPort() {
        Pattern portal = BrowserSession.portalPattern(8123);

        assertThat(portal.matcher("http://localhost:8123/trainings?q=x").lookingAt())
                .isTrue();
        assertThat(portal.matcher("http://127.0.0.1:8123").lookingAt()).isTrue();
        assertThat(portal.matcher("http://localhost:81234/").lookingAt()).isFalse();
        assertThat(portal.matcher("http://localhost:8123.evil.example/").lookingAt())
                .isFalse();
        assertThat(portal.matcher("https://tile.openstreetmap.org/1/2/3.png").lookingAt())
                .isFalse();
    }
}
