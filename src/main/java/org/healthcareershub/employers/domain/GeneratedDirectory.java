package org.healthcareershub.employers.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Place;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A large invented directory for the search benchmark ({@code bench/search-benchmark.sh}): with
 * {@code hub.bench.generate-employer-sites=N} the start inserts N sites spread over N × 3 / 10 employers
 * ({@code bench-1} and on, most of them verified) that are not there yet, by SQL in batches. The search
 * index is rebuilt afterwards by {@code SearchIndexCheck}, which runs next. Off (0) by default.
 */
@Component
@Order(25)
class GeneratedDirectory implements ApplicationRunner {

    static final String PREFIX = "bench-";
    private static final Logger log = LoggerFactory.getLogger(GeneratedDirectory.class);

    /** A kind of organization: how it is named, where it works and whom it hires. */
    private record Kind(String name, List<String> settings, List<String> careers, String work) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    "Health Home",
                    List.of("health-home", "community-based"),
                    List.of("care-coordination-and-care-management", "community-health-worker"),
                    "links adults on Medicaid with medical, behavioral-health and housing services"),
            new Kind(
                    "Care Network",
                    List.of("health-home", "aco-network"),
                    List.of("care-coordination-and-care-management", "registered-nurse"),
                    "coordinates care for members with chronic conditions across its partner practices"),
            new Kind(
                    "Medical Center",
                    List.of("hospital", "primary-care"),
                    List.of("registered-nurse", "care-coordination-and-care-management"),
                    "runs inpatient units, clinics and a transitions-of-care team"),
            new Kind(
                    "Family Health Center",
                    List.of("primary-care", "community-based"),
                    List.of("community-health-worker", "registered-nurse"),
                    "offers primary care, dental care and outreach to families in its neighbourhoods"),
            new Kind(
                    "Behavioral Health Services",
                    List.of("behavioral-health", "community-based"),
                    List.of("care-coordination-and-care-management", "community-health-worker"),
                    "provides counselling, crisis support and recovery coaching"),
            new Kind(
                    "Developmental Services",
                    List.of("opwdd-cco", "residential"),
                    List.of("direct-support-professional", "care-coordination-and-care-management"),
                    "supports people with developmental disabilities at home, at work and in group residences"),
            new Kind(
                    "Nursing and Rehabilitation Center",
                    List.of("long-term-care"),
                    List.of("registered-nurse", "direct-support-professional"),
                    "cares for older adults after a hospital stay and for long-term residents"),
            new Kind(
                    "Health Plan",
                    List.of("health-plan"),
                    List.of("care-coordination-and-care-management", "registered-nurse"),
                    "manages care for its members through nurse care managers and community teams"),
            new Kind(
                    "County Health Department",
                    List.of("local-government", "early-intervention"),
                    List.of("community-health-worker", "registered-nurse"),
                    "runs public health programs, early intervention and home visits"));

    private static final List<String> NAMES = List.of(
            "Riverside",
            "Harbor",
            "Maple",
            "Summit",
            "Lakeview",
            "Valley",
            "Northern",
            "Unity",
            "Hudson",
            "Cedar",
            "Pinewood",
            "Mohawk",
            "Genesee",
            "Seneca",
            "Catskill",
            "Adirondack",
            "Bridgeview",
            "Greenway");

    private final JdbcTemplate jdbc;
    private final Geography geography;
    private final int sites;

    GeneratedDirectory(
            JdbcTemplate jdbc, Geography geography, @Value("${hub.bench.generate-employer-sites:0}") int sites) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.sites = sites;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sites > 0) {
            log.info("Generated directory: {} employers inserted", generate(sites));
        }
    }

    /**
     * Inserts the employers of a directory of {@code siteCount} sites that are missing, each with its
     * sites; says how many employers. The same count always gives the same directory.
     */
    @Transactional
    public int generate(int siteCount) {
        int employerCount = Math.max(1, siteCount * 3 / 10);
        Set<String> present = new HashSet<>(
                jdbc.queryForList("select slug from employer where slug like ?", String.class, PREFIX + "%"));
        List<Place> places = geography.regionZips();
        Random random = new Random(11);
        int[] home = IntStream.range(0, employerCount)
                .map(i -> random.nextInt(places.size()))
                .toArray();
        // Every employer has a site; the rest go mostly to a few large ones, as in a real region.
        int[] siteCounts = new int[employerCount];
        Arrays.fill(siteCounts, 1);
        for (int i = employerCount; i < siteCount; i++) {
            siteCounts[random.nextInt(random.nextInt(employerCount) + 1)]++;
        }
        List<Object[]> employers = new ArrayList<>();
        Map<String, List<Object[]>> sitesBySlug = new HashMap<>();
        for (int i = 0; i < employerCount; i++) {
            String slug = PREFIX + (i + 1);
            if (present.contains(slug)) {
                continue;
            }
            Random r = new Random(i * 17L + 3);
            Kind kind = KINDS.get(r.nextInt(KINDS.size()));
            Place place = places.get(home[i]);
            String name = (r.nextBoolean() ? place.city() : NAMES.get(r.nextInt(NAMES.size()))) + " " + kind.name();
            String description = name + " " + kind.work() + " in and around " + place.city() + "."
                    + (r.nextBoolean() ? " It trains new staff on the job and pays for certification." : "")
                    + (r.nextInt(3) == 0 ? " Bilingual (Spanish and English) applicants are encouraged to apply." : "");
            int state = r.nextInt(25);
            VerificationState verification = state == 0
                    ? VerificationState.PENDING
                    : state == 1 ? VerificationState.UNVERIFIED : VerificationState.VERIFIED;
            employers.add(new Object[] {
                slug,
                name,
                description,
                "https://example.org/" + slug,
                "careers@" + slug + ".example.org",
                String.format(Locale.ROOT, "(518) 555-%04d", i % 10_000),
                verification.name(),
                kind
            });
            List<Object[]> rows = new ArrayList<>();
            for (int s = 0; s < siteCounts[i]; s++) {
                // Sites near the home ZIP: the table is in ZIP order, and neighbouring ZIPs are near.
                int index = Math.floorMod(home[i] + (s == 0 ? 0 : r.nextInt(41) - 20), places.size());
                Place at = places.get(index);
                rows.add(new Object[] {
                    s == 0 ? "Main office" : at.city() + " site",
                    (10 + r.nextInt(990)) + " " + NAMES.get(r.nextInt(NAMES.size())) + " Avenue",
                    at.city(),
                    at.zip(),
                    at.county(),
                    at.region(),
                    at.point().latitude(),
                    at.point().longitude()
                });
            }
            sitesBySlug.put(slug, rows);
        }
        if (employers.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(
                "insert into employer (slug, name, description, website, contact_email, contact_phone, verification,"
                        + " sample) values (?, ?, ?, ?, ?, ?, ?, true)",
                employers.stream().map(row -> Arrays.copyOf(row, 7)).toList());
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                "select id, slug from employer where slug like ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                },
                PREFIX + "%");
        List<Object[]> settings = new ArrayList<>();
        List<Object[]> careers = new ArrayList<>();
        List<Object[]> siteRows = new ArrayList<>();
        for (Object[] employer : employers) {
            Long id = ids.get((String) employer[0]);
            Kind kind = (Kind) employer[7];
            kind.settings().forEach(code -> settings.add(new Object[] {id, code}));
            kind.careers().forEach(slug -> careers.add(new Object[] {id, slug}));
            for (Object[] site : sitesBySlug.get((String) employer[0])) {
                Object[] row = new Object[9];
                row[0] = id;
                System.arraycopy(site, 0, row, 1, 8);
                siteRows.add(row);
            }
        }
        jdbc.batchUpdate("insert into employer_setting (employer_id, setting_code) values (?, ?)", settings);
        jdbc.batchUpdate("insert into employer_career (employer_id, career_slug) values (?, ?)", careers);
        jdbc.batchUpdate(
                "insert into employer_site (employer_id, name, street, city, zip, county, region, latitude, longitude)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                siteRows);
        return employers.size();
    }
}
