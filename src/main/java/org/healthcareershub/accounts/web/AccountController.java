package org.healthcareershub.accounts.web;

import java.util.List;
import java.util.Locale;
import org.healthcareershub.accounts.AccountSection;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.AccountSettings;
import org.healthcareershub.accounts.domain.ProfileSettings;
import org.healthcareershub.accounts.domain.SavedItem;
import org.healthcareershub.accounts.domain.SavedSearches;
import org.healthcareershub.accounts.domain.Shortlist;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.jobs.JobInterests;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in home at /account: the profile in short, a seeker's interest in postings (with the stage each
 * is at, a way to withdraw and the mail setting), saved trainings, employers and openings, saved-search alerts,
 * account pages, and the parts other modules offer ({@link AccountSection}).
 */
@Controller
class AccountController {

    private final ProfileSettings profiles;
    private final Shortlist shortlist;
    private final SavedEntries entries;
    private final CareerCatalog careerTitles;
    private final JobInterests interests;
    private final AccountSettings settings;
    private final SavedSearches alerts;
    private final List<AccountSection> sections;

    AccountController(
            ProfileSettings profiles,
            Shortlist shortlist,
            SavedEntries entries,
            CareerCatalog careerTitles,
            JobInterests interests,
            AccountSettings settings,
            SavedSearches alerts,
            List<AccountSection> sections) {
        this.profiles = profiles;
        this.shortlist = shortlist;
        this.entries = entries;
        this.careerTitles = careerTitles;
        this.interests = interests;
        this.settings = settings;
        this.alerts = alerts;
        this.sections = sections;
    }

    @GetMapping("/account")
    String home(@AuthenticationPrincipal SignedInAccount account, Locale locale, Model model) {
        ProfileSettings.Profile profile = profiles.load(account.id());
        List<SavedItem> saved = shortlist.items(account.id());
        model.addAttribute("account", account);
        model.addAttribute("displayName", profile.name() == null ? "" : profile.name());
        model.addAttribute("seeker", account.role() == Role.SEEKER);
        model.addAttribute("profile", profile);
        model.addAttribute("careerTitles", careerTitles.titles(locale));
        model.addAttribute("savedTrainings", entries.of(saved, SavedItem.Kind.TRAINING));
        model.addAttribute("savedEmployers", entries.of(saved, SavedItem.Kind.EMPLOYER));
        model.addAttribute("savedJobs", entries.of(saved, SavedItem.Kind.JOB));
        model.addAttribute("alerts", AlertController.entries(alerts, account.id()));
        model.addAttribute("interests", interests.ofSeeker(account.id()));
        model.addAttribute("interestMail", settings.wantsInterestMail(account.id()));
        model.addAttribute(
                "sections",
                sections.stream().filter(s -> s.offeredTo(account.role())).toList());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("account.title")));
        return "accounts/home";
    }
}
