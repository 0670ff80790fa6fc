package org.healthcareershub.jobs.domain;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerContent;
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
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the demo job board on the first start when {@code hub.demo-data} is on: two invented openings
 * ({@link SampleOpenings}) at each site of the verified sample employers (about 700, in every region),
 * checked by the same {@link JobPostingRules} as an employer's form and labelled as sample data through
 * their organization. Later starts generate nothing and read no more than whether a sample opening exists. While
 * the application runs, a scheduled task moves on the closing dates of sample openings that have closed or are
 * about to, a few hundred at a time, so a long-running demo keeps its board (at the start, that renewal grew
 * with the board: thousands of generated postings renewed and reindexed before the first page).
 */
@Component
@Order(21)
class DemoJobLoader implements ApplicationRunner {

    static final int PER_SITE = 2;

    /** Sample openings renewed per run of {@link #keepOpen()}. */
    static final int RENEWED_PER_RUN = 500;

    private static final Logger log = LoggerFactory.getLogger(DemoJobLoader.class);

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
        if (postings.existsBySampleTrue()) {
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
                    JobPostingInput input =
                            SampleOpenings.input(organization, site, career, title, "", null, today, random);
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
    @Scheduled(
            initialDelayString = "${hub.jobs.schedule-delay:PT1M}",
            fixedDelayString = "${hub.jobs.schedule-delay:PT5M}")
    @Transactional
    void keepOpen() {
        if (!enabled) {
            return;
        }
        LocalDate today = JobPostingRules.today(clock);
        Random random = new Random(today.toEpochDay());
        List<JobPosting> stale = postings.findSamplesClosingBefore(
                List.of(JobStatus.PUBLISHED, JobStatus.EXPIRED),
                today.plusDays(JobEditor.REMIND_DAYS_BEFORE),
                Limit.of(RENEWED_PER_RUN));
        stale.forEach(p -> p.renew(today.plusDays(30 + random.nextInt(60)), clock.instant()));
        if (!stale.isEmpty()) {
            log.info("Demo job postings: {} renewed", stale.size());
        }
    }

    private Optional<List<CareerContent.JobTitle>> titlesOf(String slug) {
        return SampleOpenings.titlesOf(careers, slug);
    }
}
