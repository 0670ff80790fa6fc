package org.healthcareershub.talent;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthcareershub.accounts.AccountDataSection;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.talent.domain.Block;
import org.healthcareershub.talent.domain.Blocks;
import org.healthcareershub.talent.domain.InboxSetting;
import org.healthcareershub.talent.domain.InboxSettings;
import org.healthcareershub.talent.domain.OutreachMessage;
import org.healthcareershub.talent.domain.OutreachMessages;
import org.healthcareershub.talent.domain.Visibilities;
import org.healthcareershub.talent.domain.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "talent" part of a seeker's "Download my data": their visibility terms, the access log (which
 * organizations saw or contacted them, when), the organizations' messages to them with their replies, the
 * organizations they blocked and their inbox notice setting. Organizations appear by id and name (null when
 * the organization no longer exists); nothing about the people who wrote the messages beyond that.
 */
@Component
class TalentDataSection implements AccountDataSection {

    private final Visibilities visibilities;
    private final AccessLog accessLog;
    private final OutreachMessages messages;
    private final Blocks blocks;
    private final InboxSettings inboxSettings;
    private final HiringOrganizations organizations;

    TalentDataSection(
            Visibilities visibilities,
            AccessLog accessLog,
            OutreachMessages messages,
            Blocks blocks,
            InboxSettings inboxSettings,
            HiringOrganizations organizations) {
        this.visibilities = visibilities;
        this.accessLog = accessLog;
        this.messages = messages;
        this.blocks = blocks;
        this.inboxSettings = inboxSettings;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "talent";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        Map<Long, String> names = new HashMap<>();
        Map<String, Object> talent = new LinkedHashMap<>();
        talent.put(
                "visibility",
                visibilities
                        .findById(accountId)
                        .map(TalentDataSection::visibility)
                        .orElse(null));
        talent.put(
                "accessLog",
                accessLog.of(accountId).stream()
                        .map(a -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("kind", a.kind().name());
                            entry.put("organization", a.organizationId());
                            entry.put("organizationName", a.organizationName());
                            entry.put("at", text(a.at()));
                            return entry;
                        })
                        .toList());
        talent.put(
                "messages",
                messages.findBySeekerIdOrderBySentAtDescIdDesc(accountId).stream()
                        .map(m -> message(m, name(m.employerId(), names)))
                        .toList());
        talent.put(
                "blocks",
                blocks.findBySeeker(accountId).stream()
                        .map(b -> block(b, name(b.employerId(), names)))
                        .toList());
        talent.put(
                "inboxNoticeWithMessage",
                inboxSettings
                        .findById(accountId)
                        .map(InboxSetting::noticeWithBody)
                        .orElse(null));
        return talent;
    }

    private String name(long organizationId, Map<Long, String> names) {
        return names.computeIfAbsent(
                organizationId,
                id -> organizations.find(id).map(HiringOrganization::name).orElse(null));
    }

    private static Map<String, Object> visibility(Visibility v) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("state", v.getState().name());
        entry.put("regions", List.copyOf(v.getRegions()));
        entry.put("radiusMiles", v.getRadiusMiles());
        entry.put("careers", List.copyOf(v.getCareers()));
        entry.put("profileDetails", v.getFields().stream().map(Enum::name).toList());
        entry.put("endsAt", text(v.getEndsAt()));
        entry.put("endWarningSentAt", text(v.getLapseWarnedAt()));
        entry.put("createdAt", text(v.getCreatedAt()));
        entry.put("updatedAt", text(v.getUpdatedAt()));
        return entry;
    }

    private static Map<String, Object> message(OutreachMessage m, String organizationName) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("organization", m.employerId());
        entry.put("organizationName", organizationName);
        entry.put("posting", m.postingId());
        entry.put("postingTitle", m.postingTitle());
        entry.put("subject", m.subject());
        entry.put("message", m.body());
        entry.put("status", m.status().name());
        entry.put("sentAt", text(m.sentAt()));
        entry.put("readAt", text(m.readAt()));
        entry.put("answeredAt", text(m.answeredAt()));
        entry.put("reply", m.reply());
        entry.put("sharedEmail", m.sharedEmail());
        entry.put("sharedPhone", m.sharedPhone());
        return entry;
    }

    private static Map<String, Object> block(Block b, String organizationName) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("organization", b.employerId());
        entry.put("organizationName", organizationName);
        entry.put("blockedAt", text(b.createdAt()));
        return entry;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
