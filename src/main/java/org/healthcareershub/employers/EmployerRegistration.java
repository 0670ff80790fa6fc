package org.healthcareershub.employers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.healthcareershub.employers.domain.Employer;
import org.healthcareershub.employers.domain.Employers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations that sign up: they wait, unlisted, in state PENDING until staff verify them. */
@Service
public class EmployerRegistration {

    private final Employers employers;

    EmployerRegistration(Employers employers) {
        this.employers = employers;
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
