package org.healthcareershub.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthcareershub.geo.Geography;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class SearchFormReaderTests {

    @Autowired
    SearchFormReader reader;

    @Autowired
    Geography geography;

    @Test
    void reportsThePlaceProblemTheLookupStates() {
        for (String near : List.of("Atlantis, ZZ", "99999")) {
            SearchFormReader.Result read =
                    reader.read(new SearchForm(null, null, null, null, null, null, near, null, null, null, null), 10);
            assertThat(read.errors().get("near").key())
                    .as(near)
                    .isEqualTo(geography.lookup(near).problem().orElseThrow());
            assertThat(read.search().near()).as(near).isNull();
            assertThat(read.near()).isEqualTo(near);
        }
    }
}
