package org.healthcareershub.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.ProfileSettings;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.TestPostings;
import org.healthcareershub.talent.domain.OutreachRules;
import org.healthcareershub.talent.domain.OutreachStatus;
import org.healthcareershub.talent.domain.TalentHit;
import org.healthcareershub.talent.domain.TalentQuery;
import org.healthcareershub.talent.domain.TalentSearch;
import org.healthcareershub.talent.domain.VisibilitySettings;
import org.healthcareershub.talent.domain.VisibilityTerms;
import org.healthcareershub.web.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Outreach on the real database, with GreenMail as the seekers' mail server: one unanswered message per
 * organization per seeker, the daily allowance, blocking (and pausing or withdrawing) that stops finding and
 * reaching at once, the notice with or without the message and its working link, a reply that shares only
 * what was ticked, message text shown inert, and nobody reading another's message.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=18425",
            "hub.talent.outreach.per-organization-per-day=3"
        })
@AutoConfigureMockMvc
@Tag("db")
class OutreachTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(18425, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    Outreach outreach;

    @Autowired
    TalentDirectory directory;

    @Autowired
    AccessLog accessLog;

    @Autowired
    VisibilitySettings visibility;

    @Autowired
    JobEditor editor;

    @Autowired
    MovableClock clock;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ProfileSettings profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TalentSearch search;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    HiringOrganizations organizations;

    TalentFixtures fixtures;
    TestPostings.Org org;
    Account member;

    @BeforeEach
    void setUp() {
        fixtures = new TalentFixtures(accounts, encoder, profiles, jdbc);
        org = fixtures.albany("VERIFIED");
        member = fixtures.member(org);
    }

    @AfterEach
    void removeRows() {
        jdbc.update("delete from talent_message where employer_id = ?", org.id());
        jdbc.update("delete from talent_block where employer_id = ?", org.id());
        jdbc.update("delete from talent_outreach_day where employer_id = ?", org.id());
        jdbc.update("delete from job_posting where employer_id = ?", org.id());
        fixtures.removeAll();
    }

    /** A seeker in Albany who lets organizations within 25 miles find them, and whom the organization saw. */
    Account visibleSeeker(String name) {
        Account seeker = fixtures.seeker(name);
        visibility.optIn(seeker.getId(), new VisibilityTerms(null, 25, Set.of(TalentFixtures.CARE), Set.of(), 90));
        accessLog.recordSeen(org.id(), List.of(seeker.getId()));
        return seeker;
    }

    String handle(Account seeker) {
        return directory.handleFor(seeker.getId(), org.id());
    }

    /** The handles the organization finds in its talent search for care coordination. */
    List<String> found(TestPostings.Org searching) {
        return found(searching, TalentFixtures.CARE);
    }

    List<String> found(TestPostings.Org searching, String career) {
        return search
                .search(
                        organizations.find(searching.id()).orElseThrow(),
                        new TalentQuery(null, null, null, career, null, null, null, 1))
                .hits()
                .stream()
                .map(TalentHit::handle)
                .toList();
    }

    Outreach.Sent send(Account seeker, String subject, String body) {
        return outreach.send(
                org.id(), member.getId(), handle(seeker), new OutreachRules.MessageInput("general", subject, body));
    }

    @Test
    void oneUnansweredMessagePerSeekerUntilTheyAnswer() {
        Account seeker = visibleSeeker("Outreach Once");

        Outreach.Sent first = send(seeker, "A coordinator role", "We would like to talk.");
        Outreach.Sent second = send(seeker, "Another role", "And another.");

        assertThat(first.outcome()).isEqualTo(Outreach.Outcome.SENT);
        assertThat(second.outcome()).isEqualTo(Outreach.Outcome.AWAITING_ANSWER);
        assertThat(outreach.inbox(seeker.getId()))
                .extracting(Outreach.MessageView::subject)
                .containsExactly("A coordinator role");
        assertThat(accessLog.of(seeker.getId()))
                .extracting(AccessLog.Access::kind)
                .contains(AccessKind.CONTACTED);

        assertThat(outreach.decline(seeker.getId(), first.id())).isTrue();
        assertThat(send(seeker, "Another role", "And another.").outcome()).isEqualTo(Outreach.Outcome.SENT);
    }

    @Test
    void anOrganizationSendsAtMostItsDailyAllowanceAndNothingTypedIsLost() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(visibleSeeker("Outreach Cap " + (char) ('A' + i)), "Role " + i, "Hello.")
                            .outcome())
                    .isEqualTo(Outreach.Outcome.SENT);
        }
        Account fourth = visibleSeeker("Outreach Cap Four");
        assertThat(outreach.leftToday(org.id())).isZero();

        MvcTestResult refused = mvc.post()
                .uri("/employer/talent/" + handle(fourth) + "/message")
                .param("posting", "general")
                .param("subject", "Kept subject")
                .param("body", "Kept body text")
                .with(user(member.signedIn()))
                .with(csrf())
                .exchange();

        assertThat(refused).hasStatus(429);
        String page = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("as many messages as it may today")
                .contains("Kept subject")
                .contains("Kept body text");
        assertThat(outreach.inbox(fourth.getId())).isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(send(fourth, "Kept subject", "Kept body text").outcome()).isEqualTo(Outreach.Outcome.SENT);
    }

    @Test
    void twoColleaguesSendingTheLastMessageOfTheDayAtOnceSendOneBetweenThem() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertThat(send(visibleSeeker("Outreach Race " + (char) ('A' + i)), "Role " + i, "Hello.")
                            .outcome())
                    .isEqualTo(Outreach.Outcome.SENT);
        }
        List<Outreach.Outcome> outcomes =
                sendAtOnce(visibleSeeker("Outreach Race Third"), visibleSeeker("Outreach Race Fourth"));
        assertThat(outcomes).containsExactlyInAnyOrder(Outreach.Outcome.SENT, Outreach.Outcome.DAILY_LIMIT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from talent_message where employer_id = ?", Long.class, org.id()))
                .isEqualTo(3);
        assertThat(outreach.leftToday(org.id())).isZero();
    }

    @Test
    void twoColleaguesSendingTheDaysFirstMessagesAtOnceBothSend() throws Exception {
        assertThat(sendAtOnce(visibleSeeker("Outreach First A"), visibleSeeker("Outreach First B")))
                .containsExactly(Outreach.Outcome.SENT, Outreach.Outcome.SENT);
        assertThat(outreach.leftToday(org.id())).isEqualTo(1);
    }

    /** Sends a general message to each seeker, all at the same moment, from as many threads. */
    List<Outreach.Outcome> sendAtOnce(Account... seekers) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(seekers.length);
        try {
            List<java.util.concurrent.Future<Outreach.Sent>> all = new java.util.ArrayList<>();
            for (Account seeker : seekers) {
                String to = handle(seeker);
                all.add(pool.submit(() -> {
                    start.await();
                    return outreach.send(
                            org.id(),
                            member.getId(),
                            to,
                            new OutreachRules.MessageInput("general", "At once", "Whoever is first."));
                }));
            }
            start.countDown();
            List<Outreach.Outcome> outcomes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Outreach.Sent> sent : all) {
                outcomes.add(sent.get(30, java.util.concurrent.TimeUnit.SECONDS).outcome());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBlockedOrganizationCanNeitherFindNorReachTheSeeker() {
        Account seeker = visibleSeeker("Outreach Blocker");
        Outreach.Sent sent = send(seeker, "First contact", "Hello.");
        assertThat(directory.isReachable(seeker.getId(), org.id())).isTrue();
        assertThat(found(org)).contains(handle(seeker));

        outreach.block(seeker.getId(), sent.id());

        assertThat(directory.isReachable(seeker.getId(), org.id())).isFalse();
        assertThat(found(org)).doesNotContain(handle(seeker));
        assertThat(outreach.inbox(seeker.getId()).get(0).status()).isEqualTo(OutreachStatus.DECLINED);
        assertThat(send(seeker, "Again", "Hello again.").outcome()).isEqualTo(Outreach.Outcome.UNREACHABLE);
        assertThat(outreach.blockedOrganizations(seeker.getId()))
                .extracting(Outreach.Blocked::organizationId)
                .containsExactly(org.id());

        // another organization nearby still reaches them
        TestPostings.Org other = fixtures.albany("VERIFIED");
        assertThat(directory.isReachable(seeker.getId(), other.id())).isTrue();
        assertThat(found(other)).contains(directory.handleFor(seeker.getId(), other.id()));
        jdbc.update("delete from talent_message where employer_id = ?", other.id());

        outreach.unblock(seeker.getId(), org.id());
        assertThat(directory.isReachable(seeker.getId(), org.id())).isTrue();
        assertThat(found(org)).contains(handle(seeker));
    }

    @Test
    void pausedOrWithdrawnSeekersCannotBeReached() {
        Account paused = visibleSeeker("Outreach Paused");
        Account withdrawn = visibleSeeker("Outreach Withdrawn");
        visibility.pause(paused.getId());
        visibility.withdraw(withdrawn.getId());

        assertThat(send(paused, "Hello", "Hello.").outcome()).isEqualTo(Outreach.Outcome.UNREACHABLE);
        assertThat(send(withdrawn, "Hello", "Hello.").outcome()).isEqualTo(Outreach.Outcome.UNREACHABLE);
        assertThat(outreach.inbox(paused.getId())).isEmpty();
        assertThat(outreach.inbox(withdrawn.getId())).isEmpty();
    }

    @Test
    void theNoticeLinksToTheInboxAndCarriesTheMessageOnlyWhenTheSeekerChoseIt() throws Exception {
        Account brief = visibleSeeker("Outreach Brief");
        Account full = visibleSeeker("Outreach Full");
        outreach.setNoticeWithBody(full.getId(), true);

        Outreach.Sent toBrief = send(brief, "Brief subject", "Secret words for the brief seeker.");
        send(full, "Full subject", "Words for the full seeker.");

        String briefMail = body(mailTo(brief.getEmail()));
        String fullMail = body(mailTo(full.getEmail()));
        assertThat(briefMail)
                .contains(org.slug())
                .doesNotContain("Secret words")
                .doesNotContain("Brief subject");
        assertThat(fullMail).contains("Full subject").contains("Words for the full seeker.");

        Matcher link = Pattern.compile("https?://[^/\\s]+(/account/inbox/\\d+)").matcher(briefMail);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo("/account/inbox/" + toBrief.id());
        MvcTestResult opened =
                mvc.get().uri(link.group(1)).with(user(brief.signedIn())).exchange();
        assertThat(opened).hasStatusOk();
        assertThat(opened.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Secret words for the brief seeker.");
    }

    @Test
    void aReplySharesOnlyTheTickedDetails() throws Exception {
        Account seeker = visibleSeeker("Outreach Replier");
        Outreach.Sent sent = send(seeker, "Let us talk", "Call us?");

        MvcTestResult missingPhone = mvc.post()
                .uri("/account/inbox/" + sent.id() + "/reply")
                .param("reply", "Happy to talk.")
                .param("sharePhone", "true")
                .with(user(seeker.signedIn()))
                .with(csrf())
                .exchange();
        assertThat(missingPhone).hasStatus(422);
        assertThat(missingPhone.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("phone-error")
                .contains("Happy to talk.");

        assertThat(mvc.post()
                        .uri("/account/inbox/" + sent.id() + "/reply")
                        .param("reply", "Happy to talk.")
                        .param("sharePhone", "true")
                        .param("phone", "(518) 555-0142")
                        .with(user(seeker.signedIn()))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();

        Outreach.MessageView seen = outreach.sent(org.id(), sent.id());
        assertThat(seen.status()).isEqualTo(OutreachStatus.REPLIED);
        assertThat(seen.sharedPhone()).isEqualTo("(518) 555-0142");
        assertThat(seen.sharedEmail()).isNull();
        String thread = mvc.get()
                .uri("/employer/talent/messages/" + sent.id())
                .with(user(member.signedIn()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(thread)
                .contains("Happy to talk.")
                .contains("tel:+15185550142")
                .doesNotContain(seeker.getEmail());
        // the organization's contact address is told, without what was shared
        String toOrganization = body(mailTo(org.email()));
        assertThat(toOrganization).contains(handle(seeker)).doesNotContain("555-0142");

        // a second reply changes nothing
        mvc.post()
                .uri("/account/inbox/" + sent.id() + "/reply")
                .param("reply", "Changed my mind.")
                .param("shareEmail", "true")
                .with(user(seeker.signedIn()))
                .with(csrf())
                .exchange();
        assertThat(outreach.sent(org.id(), sent.id()).sharedEmail()).isNull();
    }

    @Test
    void theEmailIsSharedWhenTicked() {
        Account seeker = visibleSeeker("Outreach Email Sharer");
        Outreach.Sent sent = send(seeker, "Let us talk", "Write to us?");
        outreach.reply(seeker.getId(), sent.id(), new OutreachRules.ReplyInput("Yes.", true, false, "518 555 0199"));
        Outreach.MessageView seen = outreach.sent(org.id(), sent.id());
        assertThat(seen.sharedEmail()).isEqualTo(seeker.getEmail());
        assertThat(seen.sharedPhone()).isNull();
    }

    @Test
    void markupInAMessageIsShownAsText() throws Exception {
        Account seeker = visibleSeeker("Outreach Markup");
        Outreach.Sent sent =
                send(seeker, "<b>Bold</b> offer", "<script>alert('x')</script><img src=x onerror=alert(1)>");

        for (var page : List.of(
                mvc.get()
                        .uri("/account/inbox/" + sent.id())
                        .with(user(seeker.signedIn()))
                        .exchange(),
                mvc.get().uri("/account/inbox").with(user(seeker.signedIn())).exchange(),
                mvc.get()
                        .uri("/employer/talent/messages/" + sent.id())
                        .with(user(member.signedIn()))
                        .exchange())) {
            String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html)
                    .doesNotContain("<script>alert")
                    .doesNotContain("<img src=x")
                    .doesNotContain("<b>Bold");
            assertThat(html).contains("&lt;b&gt;Bold&lt;/b&gt;");
        }
    }

    @Test
    void anOversizeMessageComesBackWithItsProblemAndWhatWasTyped() throws Exception {
        Account seeker = visibleSeeker("Outreach Oversize");
        MvcTestResult refused = mvc.post()
                .uri("/employer/talent/" + handle(seeker) + "/message")
                .param("posting", "general")
                .param("subject", "Kept subject")
                .param("body", "y".repeat(OutreachRules.MAX_BODY + 1))
                .with(user(member.signedIn()))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus(422);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("body-error")
                .contains("error-summary")
                .contains("Kept subject")
                .contains("y".repeat(OutreachRules.MAX_BODY + 1));
        assertThat(outreach.inbox(seeker.getId())).isEmpty();
    }

    @Test
    void aMessageAboutAPostingNamesItAndOnlyOpenPostingsOfTheOrganizationAreAccepted() throws Exception {
        Account seeker = visibleSeeker("Outreach Posting");
        long posting = TestPostings.published(editor, org, clock, "Outreach Linked Coordinator");
        TestPostings.Org other = fixtures.albany("VERIFIED");
        long theirs = TestPostings.published(editor, other, clock, "Someone Else's Coordinator");

        Outreach.Sent wrong = outreach.send(
                org.id(),
                member.getId(),
                handle(seeker),
                new OutreachRules.MessageInput(String.valueOf(theirs), "About a role", "Hello."));
        assertThat(wrong.outcome()).isEqualTo(Outreach.Outcome.REFUSED);
        assertThat(wrong.errors().has("posting")).isTrue();

        MvcTestResult sent = mvc.post()
                .uri("/employer/talent/" + handle(seeker) + "/message")
                .param("posting", String.valueOf(posting))
                .param("subject", "About a role")
                .param("body", "Hello.")
                .with(user(member.signedIn()))
                .with(csrf())
                .exchange();
        assertThat(sent).hasStatus3xxRedirection();
        Outreach.MessageView view = outreach.inbox(seeker.getId()).get(0);
        assertThat(view.postingId()).isEqualTo(posting);
        assertThat(view.postingTitle()).isEqualTo("Outreach Linked Coordinator");
        assertThat(body(mailTo(seeker.getEmail()))).contains("Outreach Linked Coordinator");
        jdbc.update("delete from job_posting where employer_id = ?", other.id());
    }

    @Test
    void onlyAnOrganizationHiringForOneOfTheSeekersCareersFindsAndReachesThem() {
        Account seeker = visibleSeeker("Outreach Career Match");
        TestPostings.Org elsewhere = fixtures.albany("VERIFIED");
        jdbc.update(
                "delete from employer_career where employer_id = ? and career_slug = ?",
                elsewhere.id(),
                TalentFixtures.CARE);
        TestPostings.Org unrecorded = fixtures.albany("VERIFIED");
        jdbc.update("delete from employer_career where employer_id = ?", unrecorded.id());
        accessLog.recordSeen(elsewhere.id(), List.of(seeker.getId()));
        accessLog.recordSeen(unrecorded.id(), List.of(seeker.getId()));

        assertThat(directory.isReachable(seeker.getId(), org.id())).isTrue();
        assertThat(directory.isReachable(seeker.getId(), elsewhere.id())).isFalse();
        assertThat(everyone(elsewhere)).doesNotContain(directory.handleFor(seeker.getId(), elsewhere.id()));
        // an organization with no careers recorded hires for those of its published postings
        assertThat(directory.isReachable(seeker.getId(), unrecorded.id())).isFalse();
        TestPostings.published(editor, unrecorded, clock, "Unrecorded Care Coordinator");
        assertThat(directory.isReachable(seeker.getId(), unrecorded.id())).isTrue();
        assertThat(everyone(unrecorded)).contains(directory.handleFor(seeker.getId(), unrecorded.id()));
        jdbc.update("delete from job_posting where employer_id = ?", unrecorded.id());
    }

    @Test
    void aPostingOfACareerTheSeekerDidNotChooseIsRefusedWithWhatWasTyped() throws Exception {
        Account seeker = fixtures.seeker("Outreach Other Career");
        visibility.optIn(seeker.getId(), new VisibilityTerms(null, 25, Set.of(TalentFixtures.CHW), Set.of(), 90));
        accessLog.recordSeen(org.id(), List.of(seeker.getId()));
        long posting = TestPostings.published(editor, org, clock, "Outreach Care Coordinator");

        Outreach.Sent refused = outreach.send(
                org.id(),
                member.getId(),
                handle(seeker),
                new OutreachRules.MessageInput(String.valueOf(posting), "About a role", "Hello."));
        assertThat(refused.outcome()).isEqualTo(Outreach.Outcome.REFUSED);
        assertThat(refused.errors().has("posting")).isTrue();

        MvcTestResult page = mvc.post()
                .uri("/employer/talent/" + handle(seeker) + "/message")
                .param("posting", String.valueOf(posting))
                .param("subject", "About a role")
                .param("body", "Hello there.")
                .with(user(member.signedIn()))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("does not want to hear about the career of this posting")
                .contains("About a role")
                .contains("Hello there.");
        assertThat(outreach.inbox(seeker.getId())).isEmpty();
        assertThat(outreach.send(
                                org.id(),
                                member.getId(),
                                handle(seeker),
                                new OutreachRules.MessageInput("general", "In general", "Hello."))
                        .outcome())
                .isEqualTo(Outreach.Outcome.SENT);
    }

    /** The handles the organization finds in its talent search without filters. */
    List<String> everyone(TestPostings.Org searching) {
        return found(searching, null);
    }

    @Test
    void aMessageFromAnOrganizationNoLongerOnThePortalSaysSo() throws Exception {
        Account seeker = visibleSeeker("Outreach Gone");
        Outreach.Sent sent = send(seeker, "A role", "Hello.");
        jdbc.update("update talent_message set employer_id = ? where id = ?", Long.MAX_VALUE, sent.id());
        for (String path : List.of("/account/inbox", "/account/inbox/" + sent.id())) {
            MvcTestResult page =
                    mvc.get().uri(path).with(user(seeker.signedIn())).exchange();
            assertThat(page).hasStatusOk();
            assertThat(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .as(path)
                    .contains("An employer no longer on the portal");
        }
    }

    @Test
    void nobodyReadsAnotherSeekersMessageOrAnotherOrganizationsThread() throws Exception {
        Account seeker = visibleSeeker("Outreach Owner");
        Account stranger = visibleSeeker("Outreach Stranger");
        Outreach.Sent sent = send(seeker, "Private subject", "Private words.");
        TestPostings.Org otherOrg = fixtures.albany("VERIFIED");
        Account otherMember = fixtures.member(otherOrg);

        MvcTestResult read = mvc.get()
                .uri("/account/inbox/" + sent.id())
                .with(user(stranger.signedIn()))
                .exchange();
        assertThat(read).hasStatus(404);
        assertThat(read.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Private words.");
        for (String action : List.of("reply", "decline", "block")) {
            assertThat(mvc.post()
                            .uri("/account/inbox/" + sent.id() + "/" + action)
                            .param("reply", "Taken over")
                            .with(user(stranger.signedIn()))
                            .with(csrf())
                            .exchange())
                    .as(action)
                    .hasStatus(404);
        }
        MvcTestResult thread = mvc.get()
                .uri("/employer/talent/messages/" + sent.id())
                .with(user(otherMember.signedIn()))
                .exchange();
        assertThat(thread).hasStatus(404);
        assertThat(thread.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Private words.");
        assertThat(mvc.get()
                        .uri("/employer/talent/messages")
                        .with(user(otherMember.signedIn()))
                        .exchange()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Private subject");
        // the other organization never saw the seeker: their handle names nobody to it
        assertThat(outreach.send(
                                otherOrg.id(),
                                otherMember.getId(),
                                handle(seeker),
                                new OutreachRules.MessageInput("general", "Hi", "Hi."))
                        .outcome())
                .isEqualTo(Outreach.Outcome.UNREACHABLE);
        assertThat(outreach.inbox(seeker.getId())).hasSize(1);
        assertThat(outreach.sent(org.id(), sent.id()).status()).isEqualTo(OutreachStatus.UNANSWERED);
    }

    @Test
    void aDeletedSeekersMessagesBlocksAndSettingGoWithTheirAccount() {
        Account seeker = visibleSeeker("Outreach Deleted");
        Outreach.Sent sent = send(seeker, "Before deletion", "Hello.");
        outreach.block(seeker.getId(), sent.id());
        outreach.setNoticeWithBody(seeker.getId(), true);

        transactions.executeWithoutResult(status -> events.publishEvent(
                new org.healthcareershub.identity.AccountDeleted(seeker.getId(), seeker.getEmail(), true, null, null)));

        assertThat(outreach.inbox(seeker.getId())).isEmpty();
        assertThat(outreach.blockedOrganizations(seeker.getId())).isEmpty();
        assertThat(outreach.noticeWithBody(seeker.getId())).isFalse();
        assertThat(outreach.sentBy(org.id())).isEmpty();
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

    static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }
}
