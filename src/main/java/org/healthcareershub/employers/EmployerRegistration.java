package org.healthcareershub.employers;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.healthcareershub.employers.domain.Employer;
import org.healthcareershub.employers.domain.Employers;
import org.healthcareershub.identity.AccountDeleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations that sign up: they wait, unlisted, in state PENDING until staff verify them (listed), reject
 * them with a reason, or suspend them (unlisted again). The directory's index follows each change when the
 * transaction commits.
 */
@Service
public class EmployerRegistration {

    private final Employers employers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployerRegistration(Employers employers, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.employers = employers;
        this.events = events;
    }

    /** Creates the organization in state PENDING and returns its id. */
    @Transactional
    public long registerPending(String name, String website, String contactEmail) {
        String base = slugOf(name);
        String slug = base;
        for (int n = 2; employers.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        Employer employer = new Employer(
                slug,
                name.strip(),
                null,
                Set.of(),
                Set.of(),
                website == null || website.isBlank() ? null : website.strip(),
                contactEmail,
                null,
                VerificationState.PENDING,
                false);
        return employers.save(employer).id();
    }

    /**
     * The person whose address an organization uses for contact requests changed it or deleted their
     * account: requests go to {@code replacement} instead (null: stored, not mailed).
     */
    @Transactional
    public void replaceContactEmail(long id, String old, String replacement) {
        employers.findById(id).ifPresent(e -> e.replaceContactEmail(old, replacement));
    }

    /**
     * An employer account was deleted: its organization stops using that address for contact requests and
     * uses a confirmed colleague's instead, if there is one (in the deleting transaction).
     */
    @EventListener
    @Transactional
    void on(AccountDeleted deleted) {
        if (deleted.employerId() != null) {
            replaceContactEmail(deleted.employerId(), deleted.email(), deleted.colleagueEmail());
        }
    }

    /** Organizations in one state, the longest-waiting first. */
    @Transactional(readOnly = true)
    public Page<Organization> inState(VerificationState state, int page, int size) {
        return employers
                .findInState(state, PageRequest.of(Math.max(page, 0), size))
                .map(EmployerRegistration::view);
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(long id) {
        return employers.findById(id).map(EmployerRegistration::view);
    }

    /**
     * Lists the organization. Throws {@link EmployerNotFoundException} for an unknown id and
     * IllegalStateException when it is already verified.
     */
    @Transactional
    public Organization verify(long id) {
        Employer employer = load(id);
        employer.verify(clock.instant());
        events.publishEvent(new OrganizationStandingChanged(id, employer.verification()));
        return view(employer);
    }

    /** Turns down a waiting organization; throws IllegalStateException when it is not waiting. */
    @Transactional
    public Organization reject(long id, String reason) {
        Employer employer = load(id);
        employer.reject(reason);
        events.publishEvent(new OrganizationStandingChanged(id, employer.verification()));
        return view(employer);
    }

    /** Takes the organization out of the directory; throws IllegalStateException when already out. */
    @Transactional
    public Organization suspend(long id) {
        Employer employer = load(id);
        employer.suspend();
        events.publishEvent(new OrganizationStandingChanged(id, employer.verification()));
        return view(employer);
    }

    private Employer load(long id) {
        return employers.findById(id).orElseThrow(() -> new EmployerNotFoundException(id));
    }

    private static Organization view(Employer e) {
        return new Organization(
                e.id(),
                e.slug(),
                e.name(),
                e.website(),
                e.verification(),
                e.rejectionReason(),
                e.createdAt(),
                e.sample());
    }

    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "employer" : slug;
    }
}
