package org.healthcareershub.jobs.domain;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.jobs.JobStatus;
import org.hibernate.engine.spi.SessionFactoryImplementor;
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
 * A large invented job board for the search benchmark ({@code bench/search-benchmark.sh}): with
 * {@code hub.bench.generate-job-postings=N} the start inserts postings 1 to N that are not there yet (each
 * known by its apply address, {@value #APPLY_URL}n), by SQL in batches, so that 100,000 rows take seconds.
 * They are spread over every open site of the verified sample organizations (the demo directory and the
 * generated one, which runs first), are {@link SampleOpenings} checked by {@link JobPostingRules}, were
 * published within the last {@value #POSTED_WITHIN_DAYS} days and close in the coming weeks. The search
 * index is rebuilt afterwards by {@code SearchIndexCheck}, which runs next. Off (0) by default.
 */
@Component
@Order(26)
class GeneratedJobBoard implements ApplicationRunner {

    static final String APPLY_URL = "https://bench.example.org/jobs/";
    static final int POSTED_WITHIN_DAYS = 60;
    private static final Logger log = LoggerFactory.getLogger(GeneratedJobBoard.class);
    private static final int BATCH = 1000;
    private static final List<String> SENIORITY = List.of("", "", "", "", "", "Senior ", "Lead ", "Entry-Level ");

    /** The sequence's increment: Hibernate's pooled ids for a sequence value v are v - 49 to v. */
    private static final int ID_BLOCK = 50;

    private final JdbcTemplate jdbc;
    private final HiringOrganizations organizations;
    private final CareerCatalog careers;
    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final int count;

    GeneratedJobBoard(
            JdbcTemplate jdbc,
            HiringOrganizations organizations,
            CareerCatalog careers,
            EntityManagerFactory entityManagerFactory,
            Clock clock,
            @Value("${hub.bench.generate-job-postings:0}") int count) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.careers = careers;
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count > 0) {
            long started = System.nanoTime();
            int inserted = generate(count);
            log.info(
                    "Generated job board: {} postings inserted in {} ms",
                    inserted,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A site where an organization hires, with the careers it hires for. */
    private record Opening(HiringOrganization organization, HiringOrganization.Site site, List<String> careers) {}

    /** A checked posting ready to insert. */
    private record Row(long id, HiringOrganization organization, JobDetails details, Instant publishedAt) {}

    /** Inserts postings 1 to {@code count} that are missing; says how many. */
    @Transactional
    public int generate(int count) {
        Set<String> present = new HashSet<>(jdbc.queryForList(
                "select apply_url from job_posting where apply_url like ?", String.class, APPLY_URL + "%"));
        List<Integer> missing = IntStream.rangeClosed(1, count)
                .filter(i -> !present.contains(APPLY_URL + i))
                .boxed()
                .toList();
        if (missing.isEmpty()) {
            return 0;
        }
        Map<String, Optional<List<CareerContent.JobTitle>>> titles = new HashMap<>();
        List<Opening> openings = new ArrayList<>();
        for (HiringOrganization organization : organizations.verifiedSamples()) {
            List<String> hiresFor = organization.careers().stream()
                    .filter(slug -> titles.computeIfAbsent(slug, s -> SampleOpenings.titlesOf(careers, s))
                            .isPresent())
                    .toList();
            if (!hiresFor.isEmpty()) {
                organization.sites().forEach(site -> openings.add(new Opening(organization, site, hiresFor)));
            }
        }
        if (openings.isEmpty()) {
            log.warn("Generated job board: no verified sample organization hires, nothing inserted");
            return 0;
        }
        JobPostingRules rules = new JobPostingRules(titles::get, clock);
        Instant now = clock.instant();
        LocalDate today = JobPostingRules.today(clock);
        Ids ids = new Ids();
        int inserted = 0;
        int refused = 0;
        List<Row> batch = new ArrayList<>(BATCH);
        for (int number : missing) {
            Random random = new Random(number * 31L + 11);
            Opening opening = openings.get(random.nextInt(openings.size()));
            String career =
                    opening.careers().get(random.nextInt(opening.careers().size()));
            List<CareerContent.JobTitle> careerTitles = titles.get(career).orElseThrow();
            CareerContent.JobTitle title = careerTitles.get(random.nextInt(careerTitles.size()));
            String seniority = SENIORITY.get(random.nextInt(SENIORITY.size()));
            JobPostingInput input = SampleOpenings.input(
                    opening.organization(),
                    opening.site(),
                    career,
                    title,
                    seniority,
                    APPLY_URL + number,
                    today,
                    random);
            JobPostingRules.Checked checked = rules.check(input, opening.organization());
            if (!checked.ok()) {
                refused++;
                continue;
            }
            Instant published = now.minusSeconds(random.nextLong(POSTED_WITHIN_DAYS * 86_400L));
            batch.add(new Row(ids.next(), opening.organization(), checked.details(), published));
            if (batch.size() == BATCH) {
                inserted += insert(batch);
                batch.clear();
            }
        }
        inserted += insert(batch);
        if (refused > 0) {
            log.warn("Generated job board: {} postings refused by the rules", refused);
        }
        return inserted;
    }

    private int insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(
                "insert into job_posting (id, employer_id, employer_slug, employer_name, sample, title, career_slug,"
                        + " job_title, soc_code, workplace, site_id, site_name, street, city, zip, county, region,"
                        + " latitude, longitude, description, employment_type, schedule_codes, pay_min, pay_max,"
                        + " pay_unit, education_level, licenses, years_experience, benefits, language_codes,"
                        + " bilingual_differential, caseload, field_work_percent, apply_on_portal, apply_url,"
                        + " closing_date, status, created_at, updated_at, published_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                rows,
                rows.size(),
                (ps, row) -> {
                    HiringOrganization o = row.organization();
                    JobDetails d = row.details();
                    HiringOrganization.Site site = d.site();
                    ps.setLong(1, row.id());
                    ps.setLong(2, o.id());
                    ps.setString(3, o.slug());
                    ps.setString(4, o.name());
                    ps.setBoolean(5, o.sample());
                    ps.setString(6, d.title());
                    ps.setString(7, d.careerSlug());
                    ps.setString(8, d.jobTitle());
                    ps.setString(9, d.socCode());
                    ps.setString(10, d.workplace().name());
                    ps.setLong(11, site.id());
                    ps.setString(12, site.name());
                    ps.setString(13, site.street());
                    ps.setString(14, site.city());
                    ps.setString(15, site.zip());
                    ps.setString(16, site.county());
                    ps.setString(17, site.region());
                    ps.setDouble(18, site.point().latitude());
                    ps.setDouble(19, site.point().longitude());
                    ps.setString(20, d.description());
                    ps.setString(21, d.employmentType().name());
                    ps.setString(22, JobPosting.codes(d.schedules()));
                    ps.setBigDecimal(23, d.pay().min());
                    ps.setBigDecimal(24, d.pay().max());
                    ps.setString(25, d.pay().unit().name());
                    ps.setString(26, d.education().name());
                    ps.setString(27, d.licenses());
                    ps.setInt(28, d.yearsExperience());
                    ps.setString(29, d.benefits());
                    ps.setString(30, JobPosting.codes(d.languages()));
                    ps.setBigDecimal(31, d.bilingualDifferential());
                    ps.setObject(32, d.caseload());
                    ps.setObject(33, d.fieldWorkPercent());
                    ps.setBoolean(34, d.applyOnPortal());
                    ps.setString(35, d.applyUrl());
                    ps.setObject(36, d.closingDate());
                    ps.setString(37, JobStatus.PUBLISHED.name());
                    ps.setObject(38, row.publishedAt().minusSeconds(3600).atOffset(ZoneOffset.UTC));
                    ps.setObject(39, row.publishedAt().atOffset(ZoneOffset.UTC));
                    ps.setObject(40, row.publishedAt().atOffset(ZoneOffset.UTC));
                });
        return rows.size();
    }

    /**
     * Posting ids taken from the sequence in whole blocks, as Hibernate's pooled optimizer takes them, so
     * that postings saved later through JPA never collide with these.
     */
    private final class Ids {

        private final String nextValue = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString("job_posting_seq");
        private long next = 1;
        private long last = 0;

        long next() {
            if (next > last) {
                long value;
                do {
                    // The sequence's first value (1) is Hibernate's to pair with the next one: never a block.
                    value = jdbc.queryForObject(nextValue, Long.class);
                } while (value < ID_BLOCK);
                next = value - ID_BLOCK + 1;
                last = value;
            }
            return next++;
        }
    }
}
