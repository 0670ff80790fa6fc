package org.healthcareershub.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Verification states change what the directory shows, through the search index too. */
@SpringBootTest
@Tag("db")
class EmployerRegistrationTests {

    @Autowired
    EmployerRegistration registration;

    @Autowired
    EmployerDirectory directory;

    /** A made-up word, so the name matches only its own organization in a shared database. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("Qu");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    long hits(String text) {
        return directory
                .search(new EmployerSearch(text, null, null, null, null, 25, 1, 10))
                .total();
    }

    @Test
    void aVerifiedOrganizationIsFoundAndASuspendedOneIsGone() {
        String word = uniqueWord();
        long id = registration.registerPending(word + " Care Partners", "https://example.org", "a@example.org");
        Organization pending = registration.find(id).orElseThrow();
        assertThat(pending.state()).isEqualTo(VerificationState.PENDING);
        assertThat(pending.registeredAt()).isNotNull();
        assertThat(registration.inState(VerificationState.PENDING, 0, 1000).getContent())
                .extracting(Organization::id)
                .contains(id);
        assertThat(hits(word)).isZero();

        Organization verified = registration.verify(id);
        assertThat(verified.isPublic()).isTrue();
        assertThat(hits(word)).isEqualTo(1);
        assertThat(directory.profile(verified.slug()).name()).isEqualTo(word + " Care Partners");
        assertThat(directory.publicSlugs()).contains(verified.slug());

        registration.suspend(id);
        assertThat(hits(word)).isZero();
        assertThatThrownBy(() -> directory.profile(verified.slug())).isInstanceOf(EmployerNotFoundException.class);
    }

    @Test
    void aRejectionKeepsItsReasonAndOnlyWaitingOrganizationsCanBeRejected() {
        String word = uniqueWord();
        long id = registration.registerPending(word + " Clinic", null, "b@example.org");
        Organization rejected = registration.reject(id, "  We could not confirm the website.  ");
        assertThat(rejected.state()).isEqualTo(VerificationState.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("We could not confirm the website.");
        assertThat(hits(word)).isZero();
        assertThatThrownBy(() -> registration.reject(id, "again")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> registration.suspend(id)).isInstanceOf(IllegalStateException.class);

        Organization verified = registration.verify(id);
        assertThat(verified.rejectionReason()).isNull();
        assertThatThrownBy(() -> registration.verify(id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRejectionNeedsAReasonAndAnUnknownIdIsNotFound() {
        long id = registration.registerPending(uniqueWord() + " Home Care", null, "c@example.org");
        assertThatThrownBy(() -> registration.reject(id, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(registration.find(id).orElseThrow().state()).isEqualTo(VerificationState.PENDING);
        assertThatThrownBy(() -> registration.verify(Long.MAX_VALUE)).isInstanceOf(EmployerNotFoundException.class);
        assertThat(registration.find(Long.MAX_VALUE)).isEmpty();
    }
}
