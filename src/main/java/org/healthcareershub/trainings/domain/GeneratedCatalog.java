package org.healthcareershub.trainings.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Place;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.FundingOption;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingStatus;
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
 * A large invented catalog for the search benchmark ({@code bench/search-benchmark.sh}): with
 * {@code hub.bench.generate-trainings=N} the start inserts programs {@code bench-1} to {@code bench-N}
 * that are not there yet, by SQL in batches, so that 20,000 rows take seconds. The search index is
 * rebuilt afterwards by {@code SearchIndexCheck}, which runs next. Off (0) by default.
 */
@Component
@Order(25)
class GeneratedCatalog implements ApplicationRunner {

    static final String PREFIX = "bench-";
    static final String PROVIDER_URL = "https://bench.example.org/providers/";
    private static final Logger log = LoggerFactory.getLogger(GeneratedCatalog.class);
    private static final int BATCH = 1000;

    private record Career(String slug, List<String> programs, List<String> jobTitles, List<String> topics) {}

    private static final List<Career> CAREERS = List.of(
            new Career(
                    "care-coordination-and-care-management",
                    List.of(
                            "Care Coordination Certificate",
                            "Care Management Fundamentals",
                            "Health Home Care Manager Training",
                            "Case Management for Care Coordinators",
                            "Complex Care Management"),
                    List.of("Care Coordinator", "Care Manager", "Case Manager", "Health Home Care Manager"),
                    List.of(
                            "care plans and person-centered goals",
                            "Medicaid Health Home rules",
                            "motivational interviewing",
                            "transitions of care after a hospital stay")),
            new Career(
                    "community-health-worker",
                    List.of(
                            "Community Health Worker Core Skills",
                            "Community Health Worker Certificate",
                            "Patient Navigation",
                            "Peer Advocate Training"),
                    List.of("Community Health Worker", "Patient Navigator", "Peer Advocate", "Outreach Worker"),
                    List.of(
                            "outreach and home visits",
                            "health education in the community",
                            "connecting families to housing and food programs",
                            "cultural humility")),
            new Career(
                    "direct-support-professional",
                    List.of(
                            "Direct Support Professional Training",
                            "DSP Credential Preparation",
                            "Supporting People with Developmental Disabilities"),
                    List.of("Direct Support Professional", "Residential Aide", "Habilitation Specialist"),
                    List.of(
                            "positive behavior support",
                            "medication administration",
                            "person-centered planning",
                            "OPWDD core competencies")),
            new Career(
                    "registered-nurse",
                    List.of(
                            "Associate Degree in Nursing",
                            "RN to BSN Completion",
                            "Nurse Case Management",
                            "Nursing Care Coordination"),
                    List.of("Registered Nurse", "RN Case Manager", "Nurse Care Manager", "Charge Nurse"),
                    List.of(
                            "clinical rotations in local hospitals",
                            "NCLEX-RN preparation",
                            "chronic disease management",
                            "population health nursing")));

    private static final List<String> MODIFIERS =
            List.of("", "", "", "Accelerated ", "Evening ", "Weekend ", "Bilingual ", "Introduction to ", "Advanced ");
    private static final List<String> PROVIDER_KINDS = List.of(
            "Community College",
            "Health Careers Institute",
            "School of Nursing",
            "Workforce Training Center",
            "Area Health Education Center",
            "BOCES Adult Career Center");

    private final JdbcTemplate jdbc;
    private final Geography geography;
    private final int count;

    GeneratedCatalog(JdbcTemplate jdbc, Geography geography, @Value("${hub.bench.generate-trainings:0}") int count) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count > 0) {
            log.info("Generated catalog: {} programs inserted", generate(count));
        }
    }

    /** Inserts programs {@code bench-1} to {@code bench-<count>} that are missing; says how many. */
    @Transactional
    public int generate(int count) {
        Set<String> present = new HashSet<>(jdbc.queryForList(
                "select external_id from training where external_id like ?", String.class, PREFIX + "%"));
        List<Integer> missing = IntStream.rangeClosed(1, count)
                .filter(i -> !present.contains(PREFIX + i))
                .boxed()
                .toList();
        if (missing.isEmpty()) {
            return 0;
        }
        List<Place> places = geography.regionZips();
        Map<String, Long> providers = providers(places);
        List<String> providerNames = List.copyOf(providers.keySet());
        List<Program> programs =
                missing.stream().map(i -> program(i, places, providerNames)).toList();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate(
                "insert into training (external_id, title, provider_id, description, credential_type, delivery_mode,"
                        + " street, city, state, zip, region, latitude, longitude, length_hours, length_weeks,"
                        + " cost_kind, cost_amount, prerequisites, url, featured, status, sample, updated_at, credential_ctid)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, true, ?, ?)",
                programs,
                BATCH,
                (ps, p) -> {
                    Place place = p.place();
                    ps.setString(1, p.externalId());
                    ps.setString(2, p.title());
                    ps.setLong(3, providers.get(p.provider()));
                    ps.setString(4, p.description());
                    ps.setString(5, p.type().name());
                    ps.setString(6, p.mode().name());
                    ps.setString(7, place == null ? null : (10 + p.number() % 890) + " Main Street");
                    ps.setString(8, place == null ? null : place.city());
                    ps.setString(9, place == null ? null : place.state());
                    ps.setString(10, place == null ? null : place.zip());
                    ps.setString(11, place == null ? null : place.region());
                    ps.setObject(12, place == null ? null : place.point().latitude());
                    ps.setObject(13, place == null ? null : place.point().longitude());
                    ps.setObject(14, p.lengthHours());
                    ps.setObject(15, p.lengthWeeks());
                    ps.setString(16, p.costKind());
                    ps.setBigDecimal(17, p.costAmount());
                    ps.setString(18, p.prerequisites());
                    ps.setString(19, "https://example.org/programs/" + p.externalId());
                    ps.setString(20, p.status().name());
                    ps.setTimestamp(21, now);
                    ps.setString(22, Training.newCtid());
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                "select id, external_id from training where external_id like ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                },
                PREFIX + "%");
        List<Object[]> schedules = new ArrayList<>();
        List<Object[]> startDates = new ArrayList<>();
        List<Object[]> funding = new ArrayList<>();
        List<Object[]> careers = new ArrayList<>();
        List<Object[]> jobTitles = new ArrayList<>();
        for (Program p : programs) {
            Long id = ids.get(p.externalId());
            p.schedules().forEach(s -> schedules.add(new Object[] {id, s.name()}));
            for (int i = 0; i < p.startDates().size(); i++) {
                startDates.add(new Object[] {id, i, p.startDates().get(i)});
            }
            p.funding().forEach(f -> funding.add(new Object[] {id, f.name()}));
            p.careers().forEach(c -> careers.add(new Object[] {id, c}));
            for (int i = 0; i < p.jobTitles().size(); i++) {
                jobTitles.add(new Object[] {id, i, p.jobTitles().get(i)});
            }
        }
        jdbc.batchUpdate("insert into training_schedule (training_id, schedule) values (?, ?)", schedules);
        jdbc.batchUpdate(
                "insert into training_start_date (training_id, sort_order, start_date) values (?, ?, ?)", startDates);
        jdbc.batchUpdate("insert into training_funding (training_id, funding) values (?, ?)", funding);
        jdbc.batchUpdate("insert into training_career (training_id, career_slug) values (?, ?)", careers);
        jdbc.batchUpdate(
                "insert into training_job_title (training_id, sort_order, job_title) values (?, ?, ?)", jobTitles);
        return programs.size();
    }

    /** About 250 providers named after cities, inserted when missing; name to id. */
    private Map<String, Long> providers(List<Place> places) {
        Random random = new Random(7);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; names.size() < 250 && i < 10_000; i++) {
            Place place = places.get(random.nextInt(places.size()));
            names.add(place.city() + " " + PROVIDER_KINDS.get(random.nextInt(PROVIDER_KINDS.size())));
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.query("select id, name from training_provider", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        List<Object[]> rows = names.stream()
                .filter(name -> !ids.containsKey(name))
                .map(name -> new Object[] {name, PROVIDER_URL + slug(name)})
                .toList();
        jdbc.batchUpdate("insert into training_provider (name, url) values (?, ?)", rows);
        jdbc.query("select id, name from training_provider", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        ids.keySet().retainAll(names);
        return ids;
    }

    private record Program(
            int number,
            String externalId,
            String title,
            String provider,
            String description,
            CredentialType type,
            DeliveryMode mode,
            Place place,
            Integer lengthHours,
            Integer lengthWeeks,
            String costKind,
            BigDecimal costAmount,
            List<Schedule> schedules,
            List<LocalDate> startDates,
            String prerequisites,
            List<FundingOption> funding,
            List<String> careers,
            List<String> jobTitles,
            TrainingStatus status) {}

    private static Program program(int number, List<Place> places, List<String> providers) {
        Random random = new Random(number * 31L + 5);
        Career career = pick(random, CAREERS);
        List<String> careers = new ArrayList<>(List.of(career.slug()));
        if (random.nextInt(4) == 0) {
            Career other = pick(random, CAREERS);
            if (!careers.contains(other.slug())) {
                careers.add(other.slug());
            }
        }
        String title = pick(random, MODIFIERS) + pick(random, career.programs());
        CredentialType type = title.contains("Degree") || title.contains("BSN")
                ? CredentialType.DEGREE
                : pick(random, List.of(CredentialType.values()));
        DeliveryMode mode = pick(
                random,
                List.of(DeliveryMode.IN_PERSON, DeliveryMode.IN_PERSON, DeliveryMode.HYBRID, DeliveryMode.ONLINE));
        Place place = mode == DeliveryMode.ONLINE ? null : places.get(random.nextInt(places.size()));
        List<Schedule> schedules = new ArrayList<>(List.of(pick(random, List.of(Schedule.values()))));
        if (random.nextBoolean()) {
            Schedule second = pick(random, List.of(Schedule.values()));
            if (!schedules.contains(second)) {
                schedules.add(second);
            }
        }
        List<String> jobTitles = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String jobTitle = pick(random, career.jobTitles());
            if (!jobTitles.contains(jobTitle)) {
                jobTitles.add(jobTitle);
            }
        }
        List<FundingOption> funding = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            FundingOption option = pick(random, List.of(FundingOption.values()));
            if (!funding.contains(option)) {
                funding.add(option);
            }
        }
        List<LocalDate> startDates = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 1, 5).plusWeeks(random.nextInt(20));
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            startDates.add(start.plusWeeks(12L * i));
        }
        int weeks = type == CredentialType.DEGREE ? 60 + random.nextInt(60) : 2 + random.nextInt(24);
        boolean hoursKnown = type != CredentialType.DEGREE && random.nextBoolean();
        int costChoice = random.nextInt(10);
        BigDecimal amount = costChoice < 6 ? BigDecimal.valueOf(50L * (1 + random.nextInt(80))) : null;
        String costKind = costChoice < 6 ? "AMOUNT" : costChoice < 9 ? "FREE" : "UNKNOWN";
        String where = place == null ? "online, from anywhere in New York" : "in " + place.city();
        String description = title + " prepares you to work as a " + jobTitles.get(0) + ", " + where + ". You learn "
                + pick(random, career.topics()) + " and " + pick(random, career.topics()) + "."
                + (random.nextBoolean() ? " Classes are small and taught by people who have done the job." : "")
                + (random.nextInt(3) == 0
                        ? " Spanish-speaking students are welcome; some sessions are in Spanish."
                        : "")
                + (random.nextInt(3) == 0 ? " Includes a supervised practicum with a local employer." : "");
        int statusChoice = random.nextInt(40);
        TrainingStatus status = statusChoice == 0
                ? TrainingStatus.DRAFT
                : statusChoice == 1 ? TrainingStatus.ARCHIVED : TrainingStatus.PUBLISHED;
        return new Program(
                number,
                PREFIX + number,
                title,
                pick(random, providers),
                description,
                type,
                mode,
                place,
                hoursKnown ? weeks * (6 + random.nextInt(30)) : null,
                weeks,
                costKind,
                amount,
                schedules,
                startDates,
                random.nextBoolean() ? "A high school diploma or equivalency." : null,
                funding,
                careers,
                jobTitles,
                status);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
