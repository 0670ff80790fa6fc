package org.healthcareershub.accounts.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthcareershub.accounts.AccountDataSection;
import org.healthcareershub.employers.ContactEmployer;
import org.healthcareershub.jobs.InterestView;
import org.healthcareershub.jobs.JobInterests;
import org.healthcareershub.jobs.SharedProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Download my data": everything stored about an account, as a JSON-ready map in a fixed order, with the
 * interest it expressed in postings (what it shared, the stage) read from the jobs module. Contact
 * requests sent from the address are included once the address is confirmed, so nobody can read another
 * person's messages by signing up with their address. What other modules store about the account follows,
 * one key per {@link AccountDataSection}.
 */
@Service
public class DataExport {

    private final Accounts accounts;
    private final SeekerProfiles profiles;
    private final SavedItems saved;
    private final ContactEmployer contacts;
    private final JobInterests interests;
    private final SearchAlerts alerts;
    private final List<AccountDataSection> sections;

    DataExport(
            Accounts accounts,
            SeekerProfiles profiles,
            SavedItems saved,
            ContactEmployer contacts,
            JobInterests interests,
            SearchAlerts alerts,
            List<AccountDataSection> sections) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.saved = saved;
        this.contacts = contacts;
        this.interests = interests;
        this.alerts = alerts;
        this.sections = sections;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> of(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", Instant.now().toString());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("email", account.getEmail());
        about.put("name", account.getDisplayName());
        about.put("role", account.getRole().name());
        about.put("preferredLanguage", account.getPreferredLanguage());
        about.put("createdAt", text(account.getCreatedAt()));
        about.put("emailVerifiedAt", text(account.getEmailVerifiedAt()));
        about.put("lastSignInAt", text(account.getLastSignInAt()));
        about.put("interestMail", account.wantsInterestMail());
        data.put("account", about);
        data.put(
                "profile", profiles.findById(accountId).map(DataExport::profile).orElse(null));
        data.put(
                "savedItems",
                saved.findByAccountIdOrderByCreatedAtDescIdDesc(accountId).stream()
                        .map(item -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("kind", item.getKind().code());
                            entry.put("key", item.getItemKey());
                            entry.put("savedAt", text(item.getCreatedAt()));
                            return entry;
                        })
                        .toList());
        data.put(
                "searchAlerts",
                alerts.findByAccountIdOrderByCreatedAtAscIdAsc(accountId).stream()
                        .map(alert -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("search", alert.getKind());
                            entry.put("query", alert.getQuery());
                            entry.put("frequency", alert.getFrequency().code());
                            entry.put("paused", alert.isPaused());
                            entry.put("createdAt", text(alert.getCreatedAt()));
                            entry.put("lastSentAt", text(alert.getLastSentAt()));
                            return entry;
                        })
                        .toList());
        data.put("contactRequests", account.isVerified() ? requests(account.getEmail()) : List.of());
        data.put(
                "interest",
                interests.ofSeeker(accountId).stream().map(DataExport::interest).toList());
        for (AccountDataSection section : sections) {
            if (data.containsKey(section.name())) {
                throw new IllegalStateException("Two parts of the export named " + section.name());
            }
            data.put(section.name(), section.export(accountId));
        }
        return data;
    }

    /** An expression of interest with everything it shared with the organization. */
    private static Map<String, Object> interest(InterestView i) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("posting", i.postingId());
        entry.put("title", i.postingTitle());
        entry.put("organization", i.employerName());
        entry.put("name", i.name());
        entry.put("email", i.email());
        SharedProfile shared = i.shared();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("zip", shared.zip());
        details.put(
                "educationLevel",
                shared.education() == null ? null : shared.education().name());
        details.put(
                "licenses", shared.licenses().stream().map(Enum::name).sorted().toList());
        details.put("yearsOfExperience", shared.years());
        details.put("careersOfInterest", shared.careers().stream().sorted().toList());
        entry.put("sharedProfile", details);
        entry.put("note", i.note());
        entry.put("stage", i.stage().name());
        entry.put("expressedAt", text(i.expressedAt()));
        entry.put("changedAt", text(i.changedAt()));
        return entry;
    }

    private static Map<String, Object> profile(SeekerProfile p) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("zip", p.getZip());
        profile.put(
                "educationLevel",
                p.getEducationLevel() == null ? null : p.getEducationLevel().name());
        profile.put("licenses", p.getLicenses().stream().map(Enum::name).toList());
        profile.put("yearsOfExperience", p.getYearsExperience());
        profile.put("careersOfInterest", List.copyOf(p.getCareers()));
        profile.put("updatedAt", text(p.getUpdatedAt()));
        return profile;
    }

    private List<Map<String, Object>> requests(String email) {
        return contacts.sentFrom(email).stream()
                .map(r -> {
                    Map<String, Object> request = new LinkedHashMap<>();
                    request.put("employer", r.employer());
                    request.put("name", r.name());
                    request.put("email", r.email());
                    request.put("phone", r.phone());
                    request.put("career", r.career());
                    request.put("message", r.message());
                    request.put("sentAt", text(r.sentAt()));
                    return request;
                })
                .toList();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
