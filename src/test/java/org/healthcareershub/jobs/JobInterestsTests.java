package org.healthcareershub.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.healthcareershub.jobs.domain.JobPostingInput;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link JobInterests} on the real database with GreenMail as the organization's mail server: one expression
 * per posting per seeker, only open postings that take interest, withdrawing one's own, moving only an
 * organization's own, and the organization's mail holding what was shared and nothing else.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3961"})
@AutoConfigureMockMvc
@Tag("db")
class JobInterestsTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(3961, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static final SharedProfile ZIP_ONLY = new SharedProfile("12207", null, null, null, null);

    @Autowired
    JobInterests interests;

    @Autowired
    JobEditor editor;

    @Autowired
    JobModeration moderation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** Account ids that no other test uses (the facade takes any id; accounts own the rows). */
    static long nextAccount = 9_000_000L + (System.nanoTime() % 1000) * 1000;

    static synchronized long account() {
        return ++nextAccount;
    }

    long posting(TestPostings.Org org, String title, boolean onPortal, String url) {
        JobPostingInput in = TestPostings.input(org, clock, title, "24", "28", "HOUR", 30);
        in = new JobPostingInput(
                in.title(),
                in.career(),
                in.jobTitle(),
                in.workplace(),
                in.site(),
                in.description(),
                in.employmentType(),
                in.schedules(),
                in.payMin(),
                in.payMax(),
                in.payUnit(),
                in.education(),
                in.licenses(),
                in.experience(),
                in.benefits(),
                in.languages(),
                in.bilingualDifferential(),
                in.caseload(),
                in.fieldWork(),
                onPortal,
                url,
                in.closingDate());
        JobEditor.Saved saved = editor.createDraft(org.id(), in);
        assertThat(saved.errors().asMap()).isEmpty();
        editor.publish(org.id(), saved.id());
        return saved.id();
    }

    JobInterests.Expressed express(long account, long posting, String note) {
        return interests.express(account, posting, "Rosa Parkes", "rosa" + account + "@example.com", ZIP_ONLY, note);
    }

    int rows(long posting) {
        return jdbc.queryForObject("select count(*) from job_interest where posting_id = ?", Integer.class, posting);
    }

    static MimeMessage mailTo(String address) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            var found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> recipients(m).contains(address))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + address + " within 20 s");
    }

    static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void expressesOncePerPostingAndMailsTheOrganizationWhatWasShared() throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long posting = posting(org, "Heron Care Coordinator", true, null);
        long seeker = account();
        SharedProfile shared = new SharedProfile("12207", EducationLevel.ASSOCIATE, Set.of(License.LPN), null, null);

        JobInterests.Expressed first = interests.express(
                seeker, posting, "Rosa Parkes", "rosa@example.com", shared, "I can start\r\nnext week.");

        assertThat(first.outcome()).isEqualTo(JobInterests.Outcome.EXPRESSED);
        InterestView stored = interests.of(seeker, posting).orElseThrow();
        assertThat(stored.stage()).isEqualTo(InterestStage.NEW);
        assertThat(stored.note()).isEqualTo("I can start\nnext week.");
        assertThat(stored.shared()).isEqualTo(shared);
        assertThat(stored.postingTitle()).isEqualTo("Heron Care Coordinator");

        JobInterests.Expressed again = express(seeker, posting, "Once more");
        assertThat(again.outcome()).isEqualTo(JobInterests.Outcome.ALREADY_EXPRESSED);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(rows(posting)).isOne();
        assertThat(interests.of(seeker, posting).orElseThrow().note()).isEqualTo("I can start\nnext week.");

        MimeMessage mail = mailTo(org.email());
        assertThat(mail.getSubject())
                .isEqualTo("New interest in your opening \"Heron Care Coordinator\""
                        + " / Nuevo interés en su vacante \"Heron Care Coordinator\"");
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body)
                .contains("Rosa Parkes", "rosa@example.com", "ZIP code: 12207", "An associate degree")
                .contains("Licensed practical nurse (LPN)", "I can start", "/employer/interest#interest-" + first.id())
                .doesNotContain("Years of experience")
                .doesNotContain("Careers of interest");
        // in English and then Spanish; the note, the seeker's own words, comes once, after both languages
        String decoded = mail.getContent().toString();
        assertThat(decoded).contains("Código postal: 12207");
        assertThat(decoded.split("I can start", -1)).hasSize(2);
        assertThat(decoded.indexOf("I can start")).isGreaterThan(decoded.indexOf("Código postal"));
    }

    @Test
    void refusesALongNoteOrAControlCharacterAndStoresNothing() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long posting = posting(org, "Heron Note Coordinator", true, "https://example.org/apply");

        JobInterests.Expressed tooLong = express(account(), posting, "x".repeat(JobInterests.MAX_NOTE + 1));
        assertThat(tooLong.outcome()).isEqualTo(JobInterests.Outcome.REFUSED);
        assertThat(tooLong.errors().get("note").key()).isEqualTo("interest.error.note.tooLong");
        JobInterests.Expressed control = express(account(), posting, "Hello\u0000there");
        assertThat(control.errors().get("note").key()).isEqualTo("plainText.error.character");
        assertThat(rows(posting)).isZero();

        assertThat(express(account(), posting, "x".repeat(JobInterests.MAX_NOTE))
                        .outcome())
                .isEqualTo(JobInterests.Outcome.EXPRESSED);
        assertThat(express(account(), posting, "  ").outcome()).isEqualTo(JobInterests.Outcome.EXPRESSED);
    }

    @Test
    void onlyAnOpenPostingThatTakesInterestOnThePortalAcceptsIt() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long elsewhere = posting(org, "Heron Elsewhere Coordinator", false, "https://example.org/apply");
        long closed = posting(org, "Heron Filled Coordinator", true, null);
        editor.close(org.id(), closed, CloseReason.FILLED);
        JobEditor.Saved draft =
                editor.createDraft(org.id(), TestPostings.input(org, clock, "Heron Draft", "24", "28", "HOUR", 30));

        // a sample organization is fictional: its openings take no interest
        long sample = jdbc.queryForObject(
                "select id from job_posting where sample = true and apply_on_portal = true and status = 'PUBLISHED'"
                        + " order by id fetch first 1 rows only",
                Long.class);

        for (long posting : new long[] {elsewhere, closed, draft.id(), sample, 987_654_321L}) {
            assertThat(interests.accepts(posting)).as("posting %d", posting).isFalse();
            assertThat(express(account(), posting, null).outcome())
                    .as("posting %d", posting)
                    .isEqualTo(JobInterests.Outcome.NOT_OPEN);
            assertThat(rows(posting)).isZero();
        }
        assertThat(interests.accepts(posting(org, "Heron Open Coordinator", true, null)))
                .isTrue();
    }

    @Test
    void aSeekerWithdrawsOnlyTheirOwnInterestAndOnlyWhileItIsOpen() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long posting = posting(org, "Heron Withdraw Coordinator", true, null);
        long seeker = account();
        long id = express(seeker, posting, null).id();

        assertThatThrownBy(() -> interests.withdraw(account(), id)).isInstanceOf(InterestNotFoundException.class);
        assertThat(interests.of(seeker, posting).orElseThrow().stage()).isEqualTo(InterestStage.NEW);

        assertThat(interests.withdraw(seeker, id)).isTrue();
        assertThat(interests.of(seeker, posting).orElseThrow().stage()).isEqualTo(InterestStage.WITHDRAWN);
        assertThat(interests.withdraw(seeker, id)).isFalse();
        // the organization sees it withdrawn and cannot move it any more
        assertThat(interests.ofOrganization(org.id()).get(0).interests())
                .extracting(InterestView::stage)
                .containsExactly(InterestStage.WITHDRAWN);
        assertThat(interests.move(org.id(), id, InterestStage.REVIEWING)).isEqualTo(JobInterests.Move.WITHDRAWN);
        assertThat(interests.of(seeker, posting).orElseThrow().stage()).isEqualTo(InterestStage.WITHDRAWN);
        // one per posting: a withdrawn interest is not expressed again
        assertThat(express(seeker, posting, null).outcome()).isEqualTo(JobInterests.Outcome.ALREADY_EXPRESSED);

        long decidedSeeker = account();
        long decided = express(decidedSeeker, posting, null).id();
        interests.move(org.id(), decided, InterestStage.NOT_SELECTED);
        assertThat(interests.withdraw(decidedSeeker, decided)).isFalse();
        assertThat(interests.of(decidedSeeker, posting).orElseThrow().stage()).isEqualTo(InterestStage.NOT_SELECTED);
    }

    @Test
    void anOrganizationSeesAndMovesOnlyInterestInItsOwnPostings() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        TestPostings.Org other = TestPostings.albany(jdbc);
        long older = posting(org, "Heron First Coordinator", true, null);
        long newer = posting(org, "Heron Second Coordinator", true, null);
        long seeker = account();
        long id = express(seeker, older, "first").id();
        express(account(), newer, "second");
        express(account(), newer, "third");

        assertThat(interests.ofOrganization(other.id())).isEmpty();
        assertThatThrownBy(() -> interests.move(other.id(), id, InterestStage.HIRED))
                .isInstanceOf(InterestNotFoundException.class);
        assertThat(interests.of(seeker, older).orElseThrow().stage()).isEqualTo(InterestStage.NEW);

        var byPosting = interests.ofOrganization(org.id());
        assertThat(byPosting).extracting(PostingInterest::postingId).containsExactly(newer, older);
        assertThat(byPosting.get(0).interests()).extracting(InterestView::note).containsExactly("third", "second");

        assertThat(interests.move(org.id(), id, InterestStage.REVIEWING)).isEqualTo(JobInterests.Move.MOVED);
        assertThat(interests.move(org.id(), id, InterestStage.REVIEWING)).isEqualTo(JobInterests.Move.UNCHANGED);
        assertThat(interests.move(org.id(), id, InterestStage.INTERVIEW)).isEqualTo(JobInterests.Move.MOVED);
        assertThatThrownBy(() -> interests.move(org.id(), id, InterestStage.NEW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> interests.move(org.id(), id, InterestStage.WITHDRAWN))
                .isInstanceOf(IllegalArgumentException.class);
        // once staff took the posting down, its interest moves no further (and nobody is mailed)
        long doomed = posting(org, "Heron Doomed Coordinator", true, null);
        long onDoomed = express(account(), doomed, null).id();
        assertThat(moderation.unpublish(doomed, "Asks applicants for a fee.").isEmpty())
                .isTrue();
        assertThat(interests.move(org.id(), onDoomed, InterestStage.INTERVIEW)).isEqualTo(JobInterests.Move.TAKEN_DOWN);
        assertThat(interests.ofSeeker(seeker)).singleElement().satisfies(i -> {
            assertThat(i.stage()).isEqualTo(InterestStage.INTERVIEW);
            assertThat(i.postingTitle()).isEqualTo("Heron First Coordinator");
            assertThat(i.postingOpen()).isTrue();
        });

        // a closed posting's interest stays with the organization, which can still decide it
        editor.close(org.id(), older, CloseReason.FILLED);
        assertThat(interests.move(org.id(), id, InterestStage.HIRED)).isEqualTo(JobInterests.Move.MOVED);
        assertThat(interests.ofSeeker(seeker).get(0).postingOpen()).isFalse();
    }

    @Test
    void aSuspendedOrganizationMovesNothing() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long posting = posting(org, "Heron Suspended Coordinator", true, null);
        long id = express(account(), posting, null).id();
        jdbc.update("update employer set verification = 'SUSPENDED' where id = ?", org.id());

        assertThatThrownBy(() -> interests.move(org.id(), id, InterestStage.REVIEWING))
                .isInstanceOf(OrganizationSuspendedException.class);
        assertThat(jdbc.queryForObject("select stage from job_interest where id = ?", String.class, id))
                .isEqualTo("NEW");
    }
}
