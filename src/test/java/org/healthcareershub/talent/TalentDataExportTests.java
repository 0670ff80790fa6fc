package org.healthcareershub.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.jobs.TestPostings;
import org.healthcareershub.talent.domain.Block;
import org.healthcareershub.talent.domain.Blocks;
import org.healthcareershub.talent.domain.InboxSetting;
import org.healthcareershub.talent.domain.InboxSettings;
import org.healthcareershub.talent.domain.OutreachMessage;
import org.healthcareershub.talent.domain.OutreachMessages;
import org.healthcareershub.talent.domain.VisibilitySettings;
import org.healthcareershub.talent.domain.VisibilityTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * "Download my data" holds what talent stores about a seeker (visibility terms, access log, messages with the
 * reply, blocks, inbox setting), with the organizations' names, and none of it in another seeker's file.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class TalentDataExportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TalentFixtures fixtures;

    @Autowired
    VisibilitySettings visibility;

    @Autowired
    AccessLog accessLog;

    @Autowired
    OutreachMessages messages;

    @Autowired
    Blocks blocks;

    @Autowired
    InboxSettings inbox;

    @AfterEach
    void remove() {
        fixtures.removeAll();
    }

    String export(Account account) throws Exception {
        MvcTestResult result =
                mvc.get().uri("/account/export").with(user(account.signedIn())).exchange();
        assertThat(result).hasStatus(HttpStatus.OK);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theExportHoldsWhatTalentStoresAboutTheSeekerAndNoOneElse() throws Exception {
        Account seeker = fixtures.seeker("Data Seeker");
        Account other = fixtures.seeker("Other Seeker");
        TestPostings.Org writer = fixtures.albany("VERIFIED");
        TestPostings.Org blocked = fixtures.albany("VERIFIED");
        Instant now = Instant.now();
        visibility.optIn(seeker.getId(), new VisibilityTerms(null, 25, Set.of(TalentFixtures.CARE), Set.of(), 90));
        accessLog.record(AccessKind.CONTACTED, writer.id(), seeker.getId());
        OutreachMessage message = new OutreachMessage(
                writer.id(),
                seeker.getId(),
                null,
                "ABCD-EFGH",
                null,
                null,
                "Care coordinator opening",
                "We would like to talk with you.",
                now);
        message.replyWith("Happy to talk next week.", null, "518-555-0100", now);
        messages.save(message);
        blocks.save(new Block(seeker.getId(), blocked.id(), now));
        inbox.save(new InboxSetting(seeker.getId(), true));

        String mine = export(seeker);
        assertThat(JsonPath.<String>read(mine, "$.talent.visibility.state")).isEqualTo("VISIBLE");
        assertThat(JsonPath.<Integer>read(mine, "$.talent.visibility.radiusMiles"))
                .isEqualTo(25);
        assertThat(JsonPath.<List<String>>read(mine, "$.talent.visibility.careers"))
                .containsExactly(TalentFixtures.CARE);
        List<Map<String, Object>> access = JsonPath.read(mine, "$.talent.accessLog");
        assertThat(access).hasSize(1);
        assertThat(access.get(0))
                .containsEntry("kind", "CONTACTED")
                .containsEntry("organizationName", "Test Org " + writer.slug());
        List<Map<String, Object>> received = JsonPath.read(mine, "$.talent.messages");
        assertThat(received).hasSize(1);
        assertThat(received.get(0))
                .containsEntry("organizationName", "Test Org " + writer.slug())
                .containsEntry("subject", "Care coordinator opening")
                .containsEntry("message", "We would like to talk with you.")
                .containsEntry("status", "REPLIED")
                .containsEntry("reply", "Happy to talk next week.")
                .containsEntry("sharedPhone", "518-555-0100")
                .doesNotContainKey("sender");
        List<Map<String, Object>> blocksOut = JsonPath.read(mine, "$.talent.blocks");
        assertThat(blocksOut).hasSize(1);
        assertThat(blocksOut.get(0)).containsEntry("organizationName", "Test Org " + blocked.slug());
        assertThat(JsonPath.<Boolean>read(mine, "$.talent.inboxNoticeWithMessage"))
                .isTrue();

        String theirs = export(other);
        assertThat(JsonPath.<Object>read(theirs, "$.talent.visibility")).isNull();
        assertThat(JsonPath.<List<Object>>read(theirs, "$.talent.accessLog")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(theirs, "$.talent.messages")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(theirs, "$.talent.blocks")).isEmpty();
        assertThat(JsonPath.<Object>read(theirs, "$.talent.inboxNoticeWithMessage"))
                .isNull();
        assertThat(theirs)
                .doesNotContain("Care coordinator opening")
                .doesNotContain("Happy to talk")
                .doesNotContain(writer.slug())
                .doesNotContain(blocked.slug());
    }
}
