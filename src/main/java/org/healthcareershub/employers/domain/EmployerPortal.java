package org.healthcareershub.employers.domain;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.healthcareershub.employers.EmployerNotFoundException;
import org.healthcareershub.employers.OrganizationResubmitted;
import org.healthcareershub.employers.SiteChanged;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.geo.Location;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organization changes about itself from the employer portal: its profile and its sites, asking
 * staff to look again after a rejection, and the contact requests people sent it from the directory (read,
 * marked answered). Every method takes the organization's id from the signed-in account, and a site or a
 * request is found only among that organization's own. The directory's index follows each change when the
 * transaction commits; a closed site leaves it. A changed or closed site is published as {@link SiteChanged}
 * in the same transaction, so the postings that copied its address follow it.
 */
@Service
public class EmployerPortal {

    /** The profile as the portal shows it. */
    public record ProfileView(
            long id,
            String name,
            String slug,
            VerificationState state,
            String description,
            String website,
            List<String> settings,
            List<String> careers,
            List<String> languages) {}

    /** A site as the portal lists it, closed ones included. */
    public record SiteView(long id, String name, String street, String city, String zip, String region, boolean open) {}

    /**
     * A contact request as the organization's portal lists it; {@code career} is a career's slug or null,
     * {@code answeredAt} null while it waits for an answer.
     */
    public record ContactRequestView(
            long id,
            String name,
            String email,
            String phone,
            String career,
            String message,
            Instant sentAt,
            Instant answeredAt) {

        public boolean answered() {
            return answeredAt != null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(EmployerPortal.class);

    private final Employers employers;
    private final ContactRequests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    EmployerPortal(
            Employers employers,
            ContactRequests requests,
            ApplicationEventPublisher events,
            Clock clock,
            EntityManager entityManager) {
        this.employers = employers;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public ProfileView profile(long employerId) {
        Employer e = load(employerId);
        return new ProfileView(
                e.id(),
                e.name(),
                e.slug(),
                e.verification(),
                e.description(),
                e.website(),
                List.copyOf(e.settings()),
                List.copyOf(e.careers()),
                List.copyOf(e.languages()));
    }

    @Transactional
    public void describe(long employerId, PortalRules.Profile profile) {
        load(employerId)
                .describe(
                        profile.description(),
                        profile.website(),
                        profile.settings(),
                        profile.careers(),
                        profile.languages());
    }

    /** Open sites first, then closed ones, each in the order they were added. */
    @Transactional(readOnly = true)
    public List<SiteView> sites(long employerId) {
        return load(employerId).sites().stream()
                .sorted(java.util.Comparator.comparing(Site::isOpen).reversed())
                .map(EmployerPortal::view)
                .toList();
    }

    /** One of the organization's own sites; throws {@link SiteNotFoundException} for any other id. */
    @Transactional(readOnly = true)
    public SiteView site(long employerId, long siteId) {
        return view(own(load(employerId), siteId));
    }

    @Transactional
    public long addSite(long employerId, PortalRules.SitePlace place) {
        Employer employer = load(employerId);
        Location at = place.location();
        Site site = new Site(place.name(), at.street(), at.city(), at.zip(), place.county(), at.region(), at.point());
        employer.addSite(site);
        employers.flush();
        reindex(employer);
        return site.id();
    }

    /** New details for an open site, geocoded again; a closed site cannot be changed. */
    @Transactional
    public void updateSite(long employerId, long siteId, PortalRules.SitePlace place) {
        Employer employer = load(employerId);
        Site site = own(employer, siteId);
        if (!site.isOpen()) {
            throw new IllegalStateException("Site " + siteId + " is closed");
        }
        Location at = place.location();
        site.moveTo(place.name(), at.street(), at.city(), at.zip(), place.county(), at.region(), at.point());
        reindex(employer);
        events.publishEvent(new SiteChanged(employerId, siteId));
    }

    @Transactional
    public void closeSite(long employerId, long siteId) {
        Employer employer = load(employerId);
        own(employer, siteId).close(clock.instant());
        reindex(employer);
        events.publishEvent(new SiteChanged(employerId, siteId));
    }

    /**
     * The contact requests delivered to the organization, newest first; {@code page} counts from 0. Requests
     * still waiting for their sender to confirm the address are never shown.
     */
    @Transactional(readOnly = true)
    public Page<ContactRequestView> contactRequests(long employerId, int page, int size) {
        return requests.findByEmployerIdAndStatus(
                        employerId,
                        ContactRequest.Status.SENT,
                        PageRequest.of(
                                Math.max(page, 0), size, Sort.by(Sort.Order.desc("sentAt"), Sort.Order.desc("id"))))
                .map(EmployerPortal::view);
    }

    /** How many delivered requests the organization has not marked answered. */
    @Transactional(readOnly = true)
    public long unansweredContactRequests(long employerId) {
        return requests.countByEmployerIdAndStatusAndAnsweredAtIsNull(employerId, ContactRequest.Status.SENT);
    }

    /**
     * Marks one of the organization's delivered requests answered, or waiting again; throws {@link
     * ContactRequestNotFoundException} for any other id.
     */
    @Transactional
    public void markAnswered(long employerId, long requestId, boolean answered) {
        ContactRequest request = requests.findByIdAndEmployerIdAndStatus(
                        requestId, employerId, ContactRequest.Status.SENT)
                .orElseThrow(() -> new ContactRequestNotFoundException(employerId, requestId));
        if (answered) {
            request.markAnswered(clock.instant());
        } else {
            request.markUnanswered();
        }
        log.info(
                "Contact request {} marked {} by employer {}",
                requestId,
                answered ? "answered" : "unanswered",
                employerId);
    }

    /** The directory embeds only open sites, which Hibernate Search cannot follow on its own (see Employer). */
    private void reindex(Employer employer) {
        Search.session(entityManager).indexingPlan().addOrUpdate(employer);
    }

    /**
     * A rejected organization asks staff to look again: back to PENDING, in the queue. Throws
     * IllegalStateException in any other state.
     */
    @Transactional
    public void resubmit(long employerId) {
        load(employerId).resubmit();
        events.publishEvent(new OrganizationResubmitted(employerId));
    }

    private Employer load(long employerId) {
        return employers.findById(employerId).orElseThrow(() -> new EmployerNotFoundException(employerId));
    }

    private static Site own(Employer employer, long siteId) {
        return employer.sites().stream()
                .filter(s -> s.id() != null && s.id() == siteId)
                .findFirst()
                .orElseThrow(() -> new SiteNotFoundException(employer.id(), siteId));
    }

    private static ContactRequestView view(ContactRequest r) {
        return new ContactRequestView(
                r.id(), r.name(), r.email(), r.phone(), r.career(), r.message(), r.sentAt(), r.answeredAt());
    }

    private static SiteView view(Site s) {
        return new SiteView(s.id(), s.name(), s.street(), s.city(), s.zip(), s.region(), s.isOpen());
    }
}
