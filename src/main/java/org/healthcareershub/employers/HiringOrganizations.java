package org.healthcareershub.employers;

import java.util.List;
import java.util.Optional;
import org.healthcareershub.employers.domain.Employer;
import org.healthcareershub.employers.domain.Employers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (the job board) may read about an organization that hires: its verification state,
 * its sites with their points and its contact address, without reaching into the employers' entities.
 */
@Service
@Transactional(readOnly = true)
public class HiringOrganizations {

    private final Employers employers;

    HiringOrganizations(Employers employers) {
        this.employers = employers;
    }

    /** The organization with this id, in whatever state it is. */
    public Optional<HiringOrganization> find(long employerId) {
        return employers.findById(employerId).map(HiringOrganizations::of);
    }

    /** The organization with this slug, in whatever state it is. */
    public Optional<HiringOrganization> findBySlug(String slug) {
        return employers.findBySlug(slug).map(HiringOrganizations::of);
    }

    /** The verified sample organizations (demo data) that have sites, in name order. */
    public List<HiringOrganization> verifiedSamples() {
        return employers.findByVerificationOrderByName(VerificationState.VERIFIED).stream()
                .filter(e -> e.sample() && !e.sites().isEmpty())
                .map(HiringOrganizations::of)
                .toList();
    }

    private static HiringOrganization of(Employer e) {
        return new HiringOrganization(
                e.id(),
                e.slug(),
                e.name(),
                e.website(),
                e.contactEmail(),
                e.verification(),
                e.sample(),
                List.copyOf(e.careers()),
                e.sites().stream()
                        .filter(s -> s.isOpen())
                        .map(s -> new HiringOrganization.Site(
                                s.id(), s.name(), s.street(), s.city(), s.zip(), s.county(), s.region(), s.point()))
                        .toList());
    }
}
