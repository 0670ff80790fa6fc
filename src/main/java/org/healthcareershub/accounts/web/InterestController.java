package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.AccountSettings;
import org.healthcareershub.accounts.domain.ProfileSettings;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.jobs.InterestView;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobInterests;
import org.healthcareershub.jobs.JobView;
import org.healthcareershub.jobs.SharedProfile;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seeker's interest in postings: the express-interest page of a posting (a signed-in seeker with a
 * confirmed address shares their name, email, the profile details they tick and a note; anyone else is told
 * why they cannot), withdrawing, and whether they are emailed when an organization moves their interest.
 * The jobs module keeps the interest ({@link JobInterests}); this module holds the profile it is shared from.
 */
@Controller
class InterestController {

    /** What the express-interest page shows. */
    enum State {
        FORM,
        SEEKERS_ONLY,
        VERIFY,
        ALREADY,
        NOT_OPEN
    }

    /** The profile details a seeker may share, as the form names them. */
    static final List<String> FIELDS = List.of("zip", "education", "licenses", "years", "careers");

    private final JobBoard board;
    private final JobInterests interests;
    private final ProfileSettings profiles;
    private final AccountSettings settings;
    private final CareerCatalog careers;
    private final MessageSource messages;

    InterestController(
            JobBoard board,
            JobInterests interests,
            ProfileSettings profiles,
            AccountSettings settings,
            CareerCatalog careers,
            MessageSource messages) {
        this.board = board;
        this.interests = interests;
        this.profiles = profiles;
        this.settings = settings;
        this.careers = careers;
        this.messages = messages;
    }

    @GetMapping("/account/jobs/{id:\\d{1,18}}/interest")
    String newForm(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable long id,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        JobView job = board.view(id);
        if (job.gone()) {
            // as the posting's own page: gone, not missing
            response.setStatus(HttpStatus.GONE.value());
        }
        return page(me, job, ExpressInterestForm.empty(), new FieldErrors(), locale, model);
    }

    @PostMapping("/account/jobs/{id:\\d{1,18}}/interest")
    String create(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable long id,
            @ModelAttribute ExpressInterestForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        JobView job = board.view(id);
        State state = state(me, job);
        if (state == State.SEEKERS_ONLY || state == State.VERIFY) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(me, job, form, new FieldErrors(), locale, model);
        }
        if (state != State.FORM) {
            return "redirect:/account/jobs/" + id + "/interest";
        }
        FieldErrors errors = PlainText.check(form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(me, job, form, errors, locale, model);
        }
        ProfileSettings.Profile profile = profiles.load(me.id());
        JobInterests.Expressed expressed = interests.express(
                me.id(),
                id,
                profile.name() == null || profile.name().isBlank() ? me.email() : profile.name(),
                me.email(),
                shared(profile, form.share()),
                form.note());
        switch (expressed.outcome()) {
            case REFUSED -> {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return page(me, job, form, expressed.errors(), locale, model);
            }
            case EXPRESSED -> {
                redirect.addFlashAttribute("notice", "interest.expressed");
                return "redirect:/account#interest-" + expressed.id();
            }
            default -> {
                return "redirect:/account/jobs/" + id + "/interest";
            }
        }
    }

    @PostMapping("/account/interest/{id:\\d{1,18}}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        boolean withdrawn = interests.withdraw(me.id(), id);
        redirect.addFlashAttribute("notice", withdrawn ? "interest.withdrawn" : "interest.withdraw.closed");
        return "redirect:/account#interest-" + id;
    }

    @PostMapping("/account/interest/mail")
    String mail(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(required = false) String interestMail,
            RedirectAttributes redirect) {
        boolean wanted = "true".equals(interestMail);
        settings.setInterestMail(me.id(), wanted);
        redirect.addFlashAttribute("notice", wanted ? "interest.mail.on" : "interest.mail.off");
        return "redirect:/account#interest";
    }

    /** The organization moved the interest at the same moment: the account page shows where it stands. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    String changedMeanwhile(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "interest.changedMeanwhile");
        return "redirect:/account#interest";
    }

    private State state(SignedInAccount me, JobView job) {
        if (me.role() != Role.SEEKER) {
            return State.SEEKERS_ONLY;
        }
        if (!me.verified()) {
            return State.VERIFY;
        }
        if (interests.of(me.id(), job.id()).isPresent()) {
            return State.ALREADY;
        }
        return job.acceptsInterest() ? State.FORM : State.NOT_OPEN;
    }

    /** Only what the seeker ticked and has in their profile; anything else named in the form is ignored. */
    static SharedProfile shared(ProfileSettings.Profile profile, List<String> ticked) {
        return new SharedProfile(
                ticked.contains("zip") ? profile.zip() : null,
                ticked.contains("education") ? profile.education() : null,
                ticked.contains("licenses") ? profile.licenses() : null,
                ticked.contains("years") ? profile.years() : null,
                ticked.contains("careers") ? profile.careers() : null);
    }

    private String page(
            SignedInAccount me, JobView job, ExpressInterestForm form, FieldErrors errors, Locale locale, Model model) {
        State state = state(me, job);
        model.addAttribute("job", job);
        model.addAttribute("state", state);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("email", me.email());
        model.addAttribute("maxNote", JobInterests.MAX_NOTE);
        if (state == State.ALREADY) {
            Optional<InterestView> existing = interests.of(me.id(), job.id());
            model.addAttribute("existing", existing.orElse(null));
        }
        if (state == State.FORM) {
            ProfileSettings.Profile profile = profiles.load(me.id());
            model.addAttribute(
                    "name", profile.name() == null || profile.name().isBlank() ? me.email() : profile.name());
            model.addAttribute("shareable", shareable(profile, locale));
        }
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("nav.jobs", "/jobs"),
                        new Breadcrumb(null, job.title(), "/jobs/" + job.id()),
                        Breadcrumb.page("interest.title")));
        return "accounts/interest";
    }

    /** Each detail of the profile that has a value, as its checkbox says it: "ZIP code: 12207". */
    private Map<String, String> shareable(ProfileSettings.Profile profile, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        if (profile.zip() != null) {
            values.put("zip", profile.zip());
        }
        if (profile.education() != null) {
            values.put("education", message("education." + profile.education(), locale));
        }
        if (!profile.licenses().isEmpty()) {
            values.put(
                    "licenses",
                    profile.licenses().stream()
                            .sorted()
                            .map(l -> message("license." + l, locale))
                            .collect(Collectors.joining(", ")));
        }
        if (profile.years() != null) {
            values.put("years", profile.years().toString());
        }
        if (!profile.careers().isEmpty()) {
            Map<String, String> titles = careers.titles(locale);
            values.put(
                    "careers",
                    profile.careers().stream()
                            .sorted()
                            .map(slug -> titles.getOrDefault(slug, slug))
                            .collect(Collectors.joining(", ")));
        }
        Map<String, String> labelled = new LinkedHashMap<>();
        values.forEach(
                (field, value) -> labelled.put(field, message("interest.shared." + field, locale) + ": " + value));
        return labelled;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
