package org.healthcareershub.employers;

import java.util.List;
import org.healthcareershub.employers.domain.Employer;
import org.healthcareershub.employers.domain.EmployerSearcher;
import org.healthcareershub.employers.domain.Employers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employer directory: search, profiles of verified employers, and what the sitemap lists. */
@Service
@Transactional(readOnly = true)
public class EmployerDirectory {

    private final Employers employers;
    private final EmployerSearcher searcher;

    EmployerDirectory(Employers employers, EmployerSearcher searcher) {
        this.employers = employers;
        this.searcher = searcher;
    }

    public EmployerResults search(EmployerSearch search) {
        return searcher.search(search);
    }

    /** A verified employer's page; any other state is not found. */
    public EmployerProfile profile(String slug) {
        Employer e = employers
                .findBySlug(slug)
                .filter(Employer::isPublic)
                .orElseThrow(() -> new EmployerNotFoundException(slug));
        return new EmployerProfile(
                e.slug(),
                e.name(),
                e.description(),
                List.copyOf(e.settings()),
                List.copyOf(e.careers()),
                SpokenLanguages.CODES.stream().filter(e.languages()::contains).toList(),
                e.website(),
                e.contactPhone(),
                e.openSites().stream()
                        .map(s -> new EmployerProfile.SiteView(
                                s.name(),
                                s.street(),
                                s.city(),
                                s.zip(),
                                s.county(),
                                s.region(),
                                s.point().latitude(),
                                s.point().longitude()))
                        .toList(),
                e.sample());
    }

    public List<String> publicSlugs() {
        return employers.findByVerificationOrderByName(VerificationState.VERIFIED).stream()
                .map(Employer::slug)
                .toList();
    }
}
