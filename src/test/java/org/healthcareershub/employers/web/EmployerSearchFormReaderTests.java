package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.web.FieldErrors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class EmployerSearchFormReaderTests {

    @Autowired
    EmployerSearchFormReader reader;

    @Autowired
    Geography geography;

    @Test
    void reportsThePlaceProblemTheLookupStates() {
        for (String near : List.of("Atlantis, ZZ", "99999")) {
            EmployerSearchFormReader.Result read = reader.read(form(near, null, null), 10);
            assertThat(read.errors().get("near").key())
                    .as(near)
                    .isEqualTo(geography.lookup(near).problem().orElseThrow());
            assertThat(read.search().near()).as(near).isNull();
            assertThat(read.near()).isEqualTo(near);
        }
    }

    @Test
    void dropsAnUnknownRegionNamingTheKnownOnes() {
        EmployerSearchFormReader.Result read = reader.read(form(null, "Atlantis", null), 10);
        FieldErrors.Problem problem = read.errors().get("region");
        assertThat(problem.key()).isEqualTo("employers.error.region");
        assertThat(problem.args()).containsExactly(String.join(", ", geography.regions()));
        assertThat(read.search().region()).isNull();
    }

    @Test
    void keepsAKnownRegionAndPlaceWithoutProblems() {
        String region = geography.regions().get(0);
        EmployerSearchFormReader.Result read = reader.read(form("12207", region, "30"), 10);
        assertThat(read.errors().isEmpty()).isTrue();
        assertThat(read.search().region()).isEqualTo(region);
        assertThat(read.search().near()).isNotNull();
        assertThat(read.search().radiusMiles()).isEqualTo(30);
        assertThat(read.place().zip()).isEqualTo("12207");
    }

    @Test
    void readsAMangledPageAsTheFirstAndCutsLongKeywords() {
        EmployerSearchFormReader.Result read =
                reader.read(new EmployerSearchForm("a".repeat(500), null, null, null, null, null, "seven"), 10);
        assertThat(read.search().page()).isEqualTo(1);
        assertThat(read.q()).hasSize(EmployerSearchFormReader.MAX_QUERY);
        assertThat(read.errors().get("q").key()).isEqualTo("trainings.error.q.tooLong");
    }

    @Test
    void listsProblemsInTheOrderThePageShowsTheFields() {
        EmployerSearchFormReader.Result read = reader.read(
                new EmployerSearchForm("a".repeat(500), null, null, "Atlantis", "Atlantis, ZZ", "-5", null), 10);
        assertThat(List.copyOf(read.errors().asMap().keySet())).containsExactly("near", "radius", "q", "region");
    }

    private static EmployerSearchForm form(String near, String region, String radius) {
        return new EmployerSearchForm(null, null, null, region, near, radius, null);
    }
}
