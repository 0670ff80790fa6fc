package org.healthcareershub.jobs.domain;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.careers.CareerNotFoundException;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.JobStatus;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the demo job board on the first start when {@code hub.demo-data} is on: two invented openings
 * at each site of the verified sample employers (about 700, in every region), checked by the same
 * {@link JobPostingRules} as an employer's form and labelled as sample data through their organization.
 * Pay is a good-faith range near what BLS OEWS reports for each occupation in New York, a little higher
 * downstate. Later starts generate nothing, but move on the closing dates of sample openings that have
 * closed or are about to, so a long-running demo keeps its board.
 */
@Component
@Order(21)
class DemoJobLoader implements ApplicationRunner {

    static final int PER_SITE = 2;
    private static final Logger log = LoggerFactory.getLogger(DemoJobLoader.class);

    /** A good-faith range per SOC occupation: hourly p25–p75 in New York State (OEWS, rounded). */
    private record PayBand(double low, double high, boolean yearly) {}

    private static final Map<String, PayBand> PAY = Map.of(
            "29-1141", new PayBand(42, 58, true),
            "29-2099", new PayBand(22, 32, false),
            "21-1094", new PayBand(20, 27, false),
            "21-1022", new PayBand(30, 42, true),
            "21-1093", new PayBand(19, 25, false),
            "31-1122", new PayBand(18.55, 22, false),
            "11-9151", new PayBand(36, 53, true),
            "11-9111", new PayBand(53, 79, true));

    private static final PayBand FALLBACK = new PayBand(21, 30, false);

    private static final Map<String, Double> REGION_FACTOR = Map.of(
            "New York City", 1.12,
            "Long Island", 1.10,
            "Mid-Hudson", 1.05);

    private static final List<String> BENEFITS = List.of(
            "Medical, dental and vision insurance",
            "Paid time off and paid holidays",
            "403(b) retirement plan with employer match",
            "Tuition assistance and paid training",
            "Mileage reimbursement for field visits",
            "Public Service Loan Forgiveness-eligible employer",
            "Employee assistance program",
            "Paid certification fees");

    private static final List<String> LICENSES = List.of(
            "",
            "",
            "Valid New York State driver's license",
            "Community Health Worker certificate (or willingness to earn it within a year)",
            "CCM certification preferred");

    private final JobPostings postings;
    private final HiringOrganizations organizations;
    private final CareerCatalog careers;
    private final EntityManager entityManager;
    private final Clock clock;
    private final boolean enabled;

    DemoJobLoader(
            JobPostings postings,
            HiringOrganizations organizations,
            CareerCatalog careers,
            EntityManager entityManager,
            Clock clock,
            @Value("${hub.demo-data:true}") boolean enabled) {
        this.postings = postings;
        this.organizations = organizations;
        this.careers = careers;
        this.entityManager = entityManager;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        if (postings.countBySampleTrue() > 0) {
            keepOpen();
            return;
        }
        Map<String, Optional<List<CareerContent.JobTitle>>> titles = new HashMap<>();
        JobPostingRules rules = new JobPostingRules(slug -> titles.computeIfAbsent(slug, this::titlesOf), clock);
        entityManager.unwrap(Session.class).setJdbcBatchSize(100);
        Random random = new Random(20261129L);
        Instant now = clock.instant();
        LocalDate today = JobPostingRules.today(clock);
        List<JobPosting> created = new ArrayList<>();
        int refused = 0;
        for (HiringOrganization organization : organizations.verifiedSamples()) {
            List<String> hiresFor = organization.careers().stream()
                    .filter(slug -> titles.computeIfAbsent(slug, this::titlesOf).isPresent())
                    .toList();
            if (hiresFor.isEmpty()) {
                continue;
            }
            for (HiringOrganization.Site site : organization.sites()) {
                for (int i = 0; i < PER_SITE; i++) {
                    String career = hiresFor.get(random.nextInt(hiresFor.size()));
                    List<CareerContent.JobTitle> careerTitles =
                            titles.get(career).orElseThrow();
                    CareerContent.JobTitle title = careerTitles.get(random.nextInt(careerTitles.size()));
                    JobPostingInput input = input(organization, site, career, title, today, random);
                    JobPostingRules.Checked checked = rules.check(input, organization);
                    if (!checked.ok()) {
                        refused++;
                        log.warn("Demo job posting refused: {}", checked.errors());
                        continue;
                    }
                    JobPosting posting = new JobPosting(organization, checked.details(), now);
                    posting.publish(now.minus(Duration.ofHours(random.nextInt(24 * 40))));
                    created.add(posting);
                }
            }
        }
        postings.saveAll(created);
        log.info(
                "Demo job postings: {} published, {} refused, in {} ms",
                created.size(),
                refused,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Renews sample openings that closed or close within a week, so the demo board stays full. */
    private void keepOpen() {
        LocalDate today = JobPostingRules.today(clock);
        Random random = new Random(today.toEpochDay());
        List<JobPosting> stale = postings.findSamplesClosingBefore(
                List.of(JobStatus.PUBLISHED, JobStatus.EXPIRED), today.plusDays(JobEditor.REMIND_DAYS_BEFORE));
        stale.forEach(p -> p.renew(today.plusDays(30 + random.nextInt(60)), clock.instant()));
        if (!stale.isEmpty()) {
            log.info("Demo job postings: {} renewed", stale.size());
        }
    }

    private Optional<List<CareerContent.JobTitle>> titlesOf(String slug) {
        try {
            return Optional.of(careers.profile(slug, Locale.ENGLISH).content().jobTitles());
        } catch (CareerNotFoundException unknown) {
            return Optional.empty();
        }
    }

    private static JobPostingInput input(
            HiringOrganization organization,
            HiringOrganization.Site site,
            String career,
            CareerContent.JobTitle title,
            LocalDate today,
            Random random) {
        PayBand band = PAY.getOrDefault(socHead(title.socCode()), FALLBACK);
        double factor = REGION_FACTOR.getOrDefault(site.region(), 0.95) * (0.95 + random.nextDouble() * 0.1);
        BigDecimal low = BigDecimal.valueOf(band.low() * factor);
        BigDecimal high = BigDecimal.valueOf(band.high() * factor);
        String unit = band.yearly() ? "YEAR" : "HOUR";
        if (band.yearly()) {
            low = low.multiply(BigDecimal.valueOf(2080)).setScale(-3, RoundingMode.HALF_UP);
            high = high.multiply(BigDecimal.valueOf(2080)).setScale(-3, RoundingMode.HALF_UP);
        } else {
            low = low.setScale(2, RoundingMode.HALF_UP);
            high = high.setScale(2, RoundingMode.HALF_UP);
        }
        String type =
                pick(random, "FULL_TIME", "FULL_TIME", "FULL_TIME", "FULL_TIME", "PART_TIME", "PER_DIEM", "TEMPORARY");
        List<String> schedules = new ArrayList<>();
        schedules.add(pick(random, "DAYS", "DAYS", "DAYS", "EVENINGS", "NIGHTS", "ROTATING"));
        if (random.nextInt(4) == 0) {
            schedules.add("WEEKENDS");
        }
        List<String> languages = new ArrayList<>();
        int l = random.nextInt(10);
        if (l < 4) {
            languages.add("SPANISH");
        }
        if (l == 4 || l == 5) {
            languages.add(
                    pick(random, "CHINESE", "RUSSIAN", "HAITIAN_CREOLE", "BENGALI", "KOREAN", "ARABIC", "FRENCH"));
        }
        boolean coordinates =
                career.equals("care-coordination-and-care-management") || career.equals("community-health-worker");
        String workplace = coordinates ? pick(random, "ON_SITE", "HYBRID", "HYBRID", "REMOTE") : "ON_SITE";
        String education = switch (socHead(title.socCode())) {
            case "29-1141", "11-9111" -> "ASSOCIATE";
            case "21-1022", "11-9151" -> "BACHELOR";
            default -> pick(random, "HIGH_SCHOOL", "HIGH_SCHOOL", "SOME_COLLEGE", "ASSOCIATE");
        };
        String licenses = socHead(title.socCode()).equals("29-1141")
                ? "Current New York State Registered Professional Nurse license"
                : LICENSES.get(random.nextInt(LICENSES.size()));
        List<String> benefits = new ArrayList<>(BENEFITS);
        java.util.Collections.shuffle(benefits, random);
        String website = organization.website() == null ? "https://example.org" : organization.website();
        // a third take interest on the portal only, a third only at their own address, a third both (drawn
        // where the draw always was, so the rest of the generated board stays as it was)
        int apply;
        return new JobPostingInput(
                (languages.isEmpty() ? "" : "Bilingual ") + title.title(),
                career,
                title.title(),
                workplace,
                String.valueOf(site.id()),
                description(organization, site, title.title(), languages, random),
                type,
                schedules,
                low.toPlainString(),
                high.toPlainString(),
                unit,
                education,
                licenses,
                String.valueOf(random.nextInt(4)),
                String.join("\n", benefits.subList(0, 3 + random.nextInt(3))),
                languages,
                languages.isEmpty() ? null : band.yearly() ? "2000" : "1.50",
                coordinates && random.nextBoolean() ? String.valueOf(20 + random.nextInt(30)) : null,
                coordinates ? String.valueOf(10 * random.nextInt(8)) : null,
                (apply = random.nextInt(3)) != 1,
                apply == 0 ? null : website + "/careers/openings",
                today.plusDays(14 + random.nextInt(JobPostingRules.MAX_DAYS_OPEN - 14))
                        .toString());
    }

    private static String description(
            HiringOrganization organization,
            HiringOrganization.Site site,
            String title,
            List<String> languages,
            Random random) {
        return """
                **Sample opening for the demo: this is not a real job.**

                %s is looking for a %s to join the team at its %s site in %s. You will work with people \
                and families in the community, alongside nurses, social workers and peer staff.

                ## What you will do

                - %s
                - Keep clear, timely notes in the electronic record
                - Work with the wider care team to remove barriers to care
                %s
                ## What we offer

                Paid training in your first weeks, supervision from an experienced lead, and a team that \
                values people who reflect the communities it serves.
                """.formatted(
                        organization.name(),
                        title,
                        site.name(),
                        site.city(),
                        pick(
                                random,
                                "Meet the people you support, at home, in clinics and by phone",
                                "Help members set goals and follow a shared plan of care",
                                "Connect people with housing, food, benefits and health services",
                                "Follow up after hospital stays and emergency visits"),
                        languages.isEmpty() ? "" : "- Speak with members in their own language\n");
    }

    private static String socHead(String socCode) {
        return socCode == null || socCode.length() < 7 ? "" : socCode.substring(0, 7);
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
