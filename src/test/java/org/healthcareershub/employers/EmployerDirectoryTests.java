package org.healthcareershub.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.healthcareershub.employers.domain.Employers;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Geography;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@Tag("db")
class EmployerDirectoryTests {

    @Autowired
    EmployerDirectory directory;

    @Autowired
    Employers employers;

    @Autowired
    Geography geography;

    EmployerSearch all(int size) {
        return new EmployerSearch(null, null, null, null, null, 25, 1, size);
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void theDemoDirectoryIsLargeAndOnlyVerifiedEmployersArePublic() {
        EmployerResults results = directory.search(all(100));
        assertThat(results.total()).isGreaterThanOrEqualTo(150);
        List<String> hidden = employers.findAll().stream()
                .filter(e -> !e.isPublic())
                .map(e -> e.slug())
                .toList();
        assertThat(hidden).isNotEmpty();
        assertThat(directory.publicSlugs()).doesNotContainAnyElementsOf(hidden);
        for (String slug : hidden) {
            assertThatThrownBy(() -> directory.profile(slug)).isInstanceOf(EmployerNotFoundException.class);
        }
        long sites =
                employers.findAll().stream().mapToLong(e -> e.sites().size()).sum();
        assertThat(sites).isGreaterThanOrEqualTo(250);
    }

    @Test
    void listsNearestFirstWithinTheRadius() {
        GeoPoint albany = geography.zip("12207").orElseThrow().point();
        EmployerResults near = directory.search(new EmployerSearch(null, null, null, null, albany, 15, 1, 50));
        assertThat(near.hits()).isNotEmpty();
        assertThat(near.hits())
                .extracting(EmployerHit::distanceMiles)
                .isSorted()
                .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(15.0));
        EmployerResults tight = directory.search(new EmployerSearch(null, null, null, null, albany, 1, 1, 50));
        assertThat(tight.total()).isLessThanOrEqualTo(near.total());
        EmployerResults wide = directory.search(new EmployerSearch(null, null, null, null, albany, 250, 1, 50));
        assertThat(wide.total()).isGreaterThan(near.total());
    }

    @Test
    void filtersByRegionSettingAndCareerWithMatchingCounts() {
        EmployerResults everything = directory.search(all(10));
        assertThat(everything.regions()).hasSize(10);
        String region = "Western New York";
        EmployerResults western = directory.search(new EmployerSearch(null, null, null, region, null, 25, 1, 100));
        assertThat(western.total()).isEqualTo(everything.regions().get(region));
        for (EmployerHit hit : western.hits()) {
            assertThat(directory.profile(hit.slug()).sites())
                    .anySatisfy(site -> assertThat(site.region()).isEqualTo(region));
        }
        EmployerResults homes =
                directory.search(new EmployerSearch(null, Set.of("health-home"), null, null, null, 25, 1, 100));
        assertThat(homes.total())
                .isEqualTo(everything.settings().get("health-home"))
                .isPositive();
        assertThat(homes.hits()).allSatisfy(h -> assertThat(h.settings()).contains("health-home"));
    }

    @Test
    void withTextDistanceAndAFilterEveryFacetCountsWhatChoosingItsValueWouldGive() {
        GeoPoint albany = geography.zip("12207").orElseThrow().point();
        EmployerSearch search = new EmployerSearch("care", Set.of("health-home"), null, null, albany, 250, 1, 10);
        EmployerResults results = directory.search(search);
        assertThat(results.total()).isPositive();
        assertThat(results.settings()).isNotEmpty();
        results.settings()
                .forEach((setting, count) -> assertThat(count)
                        .as(setting)
                        .isEqualTo(directory
                                .search(new EmployerSearch("care", Set.of(setting), null, null, albany, 250, 1, 1))
                                .total()));
        assertThat(results.careers()).isNotEmpty();
        results.careers()
                .forEach((career, count) -> assertThat(count)
                        .as(career)
                        .isEqualTo(directory
                                .search(new EmployerSearch(
                                        "care", Set.of("health-home"), career, null, albany, 250, 1, 1))
                                .total()));
        assertThat(results.regions()).isNotEmpty();
        results.regions()
                .forEach((region, count) -> assertThat(count)
                        .as(region)
                        .isEqualTo(directory
                                .search(new EmployerSearch(
                                        "care", Set.of("health-home"), null, region, albany, 250, 1, 1))
                                .total()));
    }

    @Test
    void findsByNameWithTypos() {
        String name = directory.search(all(1)).hits().get(0).name();
        String word = name.split(" ")[0];
        EmployerResults exact = directory.search(new EmployerSearch(word, null, null, null, null, 25, 1, 10));
        assertThat(exact.hits()).extracting(EmployerHit::name).contains(name);
        String dropped = word.substring(0, 2) + word.substring(3);
        String swapped = word.substring(0, 1) + word.charAt(2) + word.charAt(1) + word.substring(3);
        for (String typo : List.of(dropped, swapped)) {
            EmployerResults found = directory.search(new EmployerSearch(typo, null, null, null, null, 25, 1, 100));
            assertThat(found.hits()).as(typo).extracting(EmployerHit::name).contains(name);
        }
    }
}
