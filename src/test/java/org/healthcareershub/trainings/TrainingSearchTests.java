package org.healthcareershub.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.trainings.domain.TrainingCsvImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingSearchTests {

    @Autowired
    TrainingCatalog catalog;

    @Autowired
    Geography geography;

    @Autowired
    TrainingCsvImport importer;

    GeoPoint albany;
    GeoPoint cohoes;

    @BeforeAll
    void placeAProgramInCohoes() {
        albany = geography.zip("12207").orElseThrow().point();
        cohoes = geography.zip("12047").orElseThrow().point();
        String header = String.join(",", TrainingCsvImport.COLUMNS) + "\n";
        String row = "search-test-cohoes,Zyxwv Distance Probe,Probe Institute,,A probe for distance tests.,"
                + "CERTIFICATE,IN_PERSON,,,,12047,10,,300,EVENINGS,,,,,,,false,PUBLISHED,true\n";
        importer.importCsv(new StringReader(header + row));
    }

    TrainingSearch search(String text) {
        return new TrainingSearch(text, null, null, null, null, null, null, 25, true, null, 1, 10);
    }

    @Test
    void ranksTitleMatchesFirst() {
        TrainingResults results = catalog.search(search("care coordination certificate"));
        assertThat(results.total()).isGreaterThan(3);
        assertThat(results.hits().get(0).title().toLowerCase()).contains("care coordination");
    }

    @Test
    void toleratesTypos() {
        TrainingResults exact = catalog.search(search("coordination"));
        TrainingResults typo = catalog.search(search("cordination"));
        assertThat(typo.total()).isGreaterThan(0);
        assertThat(typo.hits().get(0).title().toLowerCase()).contains("coordination");
        assertThat(exact.total()).isGreaterThan(0);
        TrainingResults twoWords = catalog.search(search("care cordination sertificate"));
        assertThat(twoWords.hits().get(0).title().toLowerCase()).contains("care coordination");
    }

    @Test
    void findsNothingForNonsense() {
        assertThat(catalog.search(search("qqqxxzzy")).total()).isZero();
    }

    @Test
    void eachFilterNarrowsAndItsCountSaysByHowMuch() {
        TrainingResults all = catalog.search(search(null));
        for (CredentialType type : CredentialType.values()) {
            long count = all.facets().types().get(type);
            TrainingResults filtered = catalog.search(
                    new TrainingSearch(null, Set.of(type), null, null, null, null, null, 25, true, null, 1, 100));
            assertThat(filtered.total()).as(type.name()).isEqualTo(count);
            assertThat(filtered.hits())
                    .allSatisfy(h -> assertThat(h.credentialType()).isEqualTo(type));
            assertThat(count).as(type.name()).isPositive();
        }
        for (DeliveryMode mode : DeliveryMode.values()) {
            TrainingResults filtered = catalog.search(
                    new TrainingSearch(null, null, Set.of(mode), null, null, null, null, 25, true, null, 1, 100));
            assertThat(filtered.total()).isEqualTo(all.facets().modes().get(mode));
            assertThat(filtered.hits())
                    .allSatisfy(h -> assertThat(h.deliveryMode()).isEqualTo(mode));
        }
        for (Schedule schedule : Schedule.values()) {
            TrainingResults filtered = catalog.search(
                    new TrainingSearch(null, null, null, Set.of(schedule), null, null, null, 25, true, null, 1, 100));
            assertThat(filtered.total()).isEqualTo(all.facets().schedules().get(schedule));
            assertThat(filtered.hits())
                    .allSatisfy(h -> assertThat(h.schedules()).contains(schedule));
        }
    }

    @Test
    void aFacetCountsAsIfItsOwnFilterWereChangedAndOthersKept() {
        TrainingSearch online = new TrainingSearch(
                null,
                Set.of(CredentialType.CERTIFICATE),
                Set.of(DeliveryMode.ONLINE),
                null,
                null,
                null,
                null,
                25,
                true,
                null,
                1,
                10);
        TrainingResults results = catalog.search(online);
        long inPersonCertificates = catalog.search(new TrainingSearch(
                        null,
                        Set.of(CredentialType.CERTIFICATE),
                        Set.of(DeliveryMode.IN_PERSON),
                        null,
                        null,
                        null,
                        null,
                        25,
                        true,
                        null,
                        1,
                        10))
                .total();
        assertThat(results.facets().modes().get(DeliveryMode.IN_PERSON)).isEqualTo(inPersonCertificates);
    }

    @Test
    void withTextDistanceAndFiltersEveryFacetCountsWhatChoosingItsValueWouldGive() {
        TrainingSearch search = new TrainingSearch(
                "care", Set.of(CredentialType.CERTIFICATE), null, null, null, null, albany, 250, true, null, 1, 10);
        TrainingResults results = catalog.search(search);
        assertThat(results.total()).isPositive();
        TrainingFacets facets = results.facets();
        for (CredentialType type : CredentialType.values()) {
            assertThat(facets.types().get(type)).as(type.name()).isEqualTo(total(search, type, null, null, null, null));
        }
        for (DeliveryMode mode : DeliveryMode.values()) {
            assertThat(facets.modes().get(mode)).as(mode.name()).isEqualTo(total(search, null, mode, null, null, null));
        }
        for (Schedule schedule : Schedule.values()) {
            assertThat(facets.schedules().get(schedule))
                    .as(schedule.name())
                    .isEqualTo(total(search, null, null, schedule, null, null));
        }
        assertThat(facets.careers()).isNotEmpty();
        facets.careers()
                .forEach((career, count) ->
                        assertThat(count).as(career).isEqualTo(total(search, null, null, null, null, career)));
        assertThat(facets.costs().get("free")).isEqualTo(total(search, null, null, null, BigDecimal.ZERO, null));
        assertThat(facets.costs().get("1000"))
                .isEqualTo(total(search, null, null, null, BigDecimal.valueOf(1000), null));
    }

    /** The total of {@code search} with the type replaced, or a mode, schedule, cost or career added. */
    long total(
            TrainingSearch s,
            CredentialType type,
            DeliveryMode mode,
            Schedule schedule,
            BigDecimal maxCost,
            String career) {
        return catalog.search(new TrainingSearch(
                        s.text(),
                        type == null ? s.types() : Set.of(type),
                        mode == null ? s.modes() : Set.of(mode),
                        schedule == null ? s.schedules() : Set.of(schedule),
                        maxCost == null ? s.maxCost() : maxCost,
                        career == null ? s.career() : career,
                        s.near(),
                        s.radiusMiles(),
                        s.includeOnline(),
                        null,
                        1,
                        1))
                .total();
    }

    @Test
    void filtersByCostCareerAndFree() {
        TrainingResults free = catalog.search(
                new TrainingSearch(null, null, null, null, BigDecimal.ZERO, null, null, 25, true, null, 1, 100));
        assertThat(free.total()).isPositive();
        assertThat(free.hits()).allSatisfy(h -> assertThat(h.cost().isFree()).isTrue());

        TrainingResults cheap = catalog.search(
                new TrainingSearch(null, null, null, null, new BigDecimal("500"), null, null, 25, true, null, 1, 100));
        assertThat(cheap.hits())
                .allSatisfy(h -> assertThat(h.cost().comparable()).isLessThan(500.0));
        assertThat(cheap.total())
                .isEqualTo(catalog.search(search(null)).facets().costs().get("500"));

        TrainingResults dsp = catalog.search(new TrainingSearch(
                null, null, null, null, null, "direct-support-professional", null, 25, true, null, 1, 100));
        assertThat(dsp.total())
                .isPositive()
                .isLessThan(catalog.search(search(null)).total());
    }

    @Test
    void aProgramAboutNineMilesAwayIsInAtFifteenAndOutAtFive() {
        assertThat(albany.milesTo(cohoes)).isBetween(7.0, 12.0);
        TrainingResults in = catalog.search(
                new TrainingSearch("Zyxwv", null, null, null, null, null, albany, 15, false, null, 1, 10));
        TrainingResults out = catalog.search(
                new TrainingSearch("Zyxwv", null, null, null, null, null, albany, 5, false, null, 1, 10));
        assertThat(in.hits()).extracting(TrainingHit::title).contains("Zyxwv Distance Probe");
        assertThat(in.hits().get(0).distanceMiles()).isBetween(7.0, 12.0);
        assertThat(out.hits()).extracting(TrainingHit::title).doesNotContain("Zyxwv Distance Probe");
    }

    @Test
    void similarProgramsAreNearTheProgramNotFarAwayNamesakes() {
        String header = String.join(",", TrainingCsvImport.COLUMNS) + "\n";
        String rows = similarRow("similar-test-albany", "12207")
                + similarRow("similar-test-troy", "12180")
                + similarRow("similar-test-buffalo", "14202");
        importer.importCsv(new StringReader(header + rows));
        long albanyId = probeIn("Albany");

        List<TrainingHit> similar = catalog.similar(albanyId, 20);

        assertThat(similar).extracting(TrainingHit::city).contains("Troy").doesNotContain("Buffalo");
        List<Double> miles = similar.stream()
                .filter(h -> h.deliveryMode() != DeliveryMode.ONLINE)
                .map(h -> catalog.view(h.id()))
                .map(v -> albany.milesTo(v.location().point()))
                .toList();
        assertThat(miles).isNotEmpty().isSorted().allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(50.0));
    }

    private static String similarRow(String externalId, String zip) {
        return externalId + ",Quuxbaz Care Coordination Certificate,Probe Institute,,A probe for similar programs.,"
                + "CERTIFICATE,IN_PERSON,,,,"
                + zip
                + ",10,,300,EVENINGS,,,,care-coordination-and-care-management,,,false,PUBLISHED,true\n";
    }

    private long probeIn(String city) {
        return catalog.search(search("Quuxbaz")).hits().stream()
                .filter(h -> city.equals(h.city()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void onlineProgramsComeAlongOnlyWhenAsked() {
        TrainingResults with =
                catalog.search(new TrainingSearch(null, null, null, null, null, null, albany, 5, true, null, 1, 100));
        TrainingResults without =
                catalog.search(new TrainingSearch(null, null, null, null, null, null, albany, 5, false, null, 1, 100));
        assertThat(with.hits()).anySatisfy(h -> assertThat(h.deliveryMode()).isEqualTo(DeliveryMode.ONLINE));
        assertThat(with.hits())
                .filteredOn(h -> h.deliveryMode() != DeliveryMode.ONLINE)
                .allSatisfy(h -> assertThat(h.distanceMiles()).isLessThanOrEqualTo(5.0));
        assertThat(without.hits()).allSatisfy(h -> {
            assertThat(h.deliveryMode()).isNotEqualTo(DeliveryMode.ONLINE);
            assertThat(h.distanceMiles()).isLessThanOrEqualTo(5.0);
        });
    }

    @Test
    void sortsByDistanceCostAndLength() {
        List<TrainingHit> nearest = catalog.search(new TrainingSearch(
                        null, null, null, null, null, null, albany, 250, false, TrainingSort.DISTANCE, 1, 50))
                .hits();
        assertThat(nearest).extracting(TrainingHit::distanceMiles).isSorted();

        List<TrainingHit> cheapest = catalog.search(new TrainingSearch(
                        null, null, null, null, null, null, null, 25, true, TrainingSort.COST, 1, 100))
                .hits();
        List<Double> known = cheapest.stream()
                .map(h -> h.cost().comparable())
                .takeWhile(c -> c != null)
                .toList();
        assertThat(known).isSorted().isNotEmpty();
        assertThat(cheapest.subList(known.size(), cheapest.size()))
                .allSatisfy(h -> assertThat(h.cost().isKnown()).isFalse());
    }

    @Test
    void pagesThroughResults() {
        TrainingResults first = catalog.search(search(null));
        TrainingResults second =
                catalog.search(new TrainingSearch(null, null, null, null, null, null, null, 25, true, null, 2, 10));
        assertThat(first.pageCount()).isGreaterThan(1);
        assertThat(second.hits())
                .extracting(TrainingHit::id)
                .doesNotContainAnyElementsOf(
                        first.hits().stream().map(TrainingHit::id).toList());
    }

    @Test
    void draftAndArchivedProgramsAreNeverFound() {
        TrainingResults all =
                catalog.search(new TrainingSearch(null, null, null, null, null, null, null, 25, true, null, 1, 100));
        assertThat(all.hits()).extracting(TrainingHit::title).doesNotContain("Care Transitions Coach");
        assertThat(all.total()).isLessThan(100);
    }
}
