package org.healthcareershub.talent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.Seekers;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.talent.AccessLog;
import org.healthcareershub.talent.domain.ProfileField;
import org.healthcareershub.talent.domain.ReachPolicy;
import org.healthcareershub.talent.domain.Visibility;
import org.healthcareershub.talent.domain.VisibilityRules;
import org.healthcareershub.talent.domain.VisibilitySettings;
import org.healthcareershub.talent.domain.VisibilityState;
import org.healthcareershub.talent.domain.VisibilityTerms;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /account/visibility: whether organizations may find the seeker in the talent search, on which terms and
 * until when; pause, resume, renew and withdraw (each at once); and the access log of who saw or contacted
 * them. Off until the seeker turns it on. Other roles, and seekers whose address is not confirmed yet, are
 * told why they cannot.
 */
@Controller
class VisibilityController {

    private final VisibilitySettings settings;
    private final VisibilityRules rules;
    private final Seekers seekers;
    private final ReachPolicy policy;
    private final AccessLog log;
    private final CareerCatalog careers;
    private final Geography geography;
    private final Clock clock;

    VisibilityController(
            VisibilitySettings settings,
            VisibilityRules rules,
            Seekers seekers,
            ReachPolicy policy,
            AccessLog log,
            CareerCatalog careers,
            Geography geography,
            Clock clock) {
        this.settings = settings;
        this.rules = rules;
        this.seekers = seekers;
        this.policy = policy;
        this.log = log;
        this.careers = careers;
        this.geography = geography;
        this.clock = clock;
    }

    @GetMapping("/account/visibility")
    String show(@AuthenticationPrincipal SignedInAccount me, Locale locale, Model model) {
        Optional<Visibility> visibility = mayOptIn(me) ? settings.find(me.id()) : Optional.empty();
        return page(me, model, form(visibility.orElse(null)), new FieldErrors(), locale);
    }

    @PostMapping("/account/visibility")
    String update(
            @AuthenticationPrincipal SignedInAccount me,
            @ModelAttribute VisibilityRules.Input form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!mayOptIn(me)) {
            return "redirect:/account/visibility";
        }
        FieldErrors errors = new FieldErrors();
        Optional<VisibilityTerms> terms = rules.check(
                form,
                seekers.profile(me.id()).orElse(null),
                settings.find(me.id())
                        .filter(v -> v.getState() != VisibilityState.WITHDRAWN)
                        .isPresent(),
                errors);
        if (terms.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(me, model, form, errors, locale);
        }
        settings.optIn(me.id(), terms.get());
        redirect.addFlashAttribute("notice", "talent.visibility.saved");
        return "redirect:/account/visibility";
    }

    @PostMapping("/account/visibility/renew")
    String renew(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(required = false) String days,
            RedirectAttributes redirect) {
        Integer period = VisibilityRules.days(days);
        boolean renewed = mayOptIn(me) && period != null && settings.renew(me.id(), period);
        redirect.addFlashAttribute("notice", renewed ? "talent.visibility.renewed" : "talent.visibility.notRenewed");
        return "redirect:/account/visibility";
    }

    @PostMapping("/account/visibility/pause")
    String pause(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        if (me.role() == Role.SEEKER) {
            settings.pause(me.id());
            redirect.addFlashAttribute("notice", "talent.visibility.paused");
        }
        return "redirect:/account/visibility";
    }

    @PostMapping("/account/visibility/resume")
    String resume(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        if (mayOptIn(me)) {
            settings.resume(me.id());
            redirect.addFlashAttribute("notice", "talent.visibility.resumed");
        }
        return "redirect:/account/visibility";
    }

    @PostMapping("/account/visibility/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        if (me.role() == Role.SEEKER) {
            settings.withdraw(me.id());
            redirect.addFlashAttribute("notice", "talent.visibility.withdrawn");
        }
        return "redirect:/account/visibility";
    }

    /** Only a seeker with a confirmed address turns visibility on (the lapse warning must reach them). */
    private static boolean mayOptIn(SignedInAccount me) {
        return me.role() == Role.SEEKER && me.verified();
    }

    private String page(
            SignedInAccount me, Model model, VisibilityRules.Input form, FieldErrors errors, Locale locale) {
        boolean seeker = me.role() == Role.SEEKER;
        Optional<Visibility> visibility = seeker ? settings.find(me.id()) : Optional.empty();
        Seekers.Profile profile = seeker ? seekers.profile(me.id()).orElse(null) : null;
        var now = clock.instant();
        model.addAttribute("seeker", seeker);
        model.addAttribute("verified", me.verified());
        model.addAttribute("visibility", visibility.orElse(null));
        model.addAttribute(
                "status",
                visibility
                        .map(v -> v.getState() == VisibilityState.WITHDRAWN
                                ? "OFF"
                                : v.hasLapsedAt(now) ? "LAPSED" : v.getState().name())
                        .orElse("OFF"));
        model.addAttribute("profile", profile);
        model.addAttribute("profilePlace", policy.place(profile).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reaches", List.of(VisibilityRules.REGIONS, VisibilityRules.DISTANCE));
        model.addAttribute("regions", geography.regions());
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("fields", ProfileField.values());
        model.addAttribute(
                "periods", VisibilityRules.PERIODS.stream().map(String::valueOf).toList());
        model.addAttribute("maxRadius", VisibilityRules.MAX_RADIUS);
        model.addAttribute("accessLog", seeker ? log.of(me.id()) : List.of());
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("account.title", "/account"), Breadcrumb.page("talent.visibility.title")));
        return "talent/visibility";
    }

    /** The form as the stored terms fill it, or the defaults of a first opt-in. */
    private static VisibilityRules.Input form(Visibility v) {
        if (v == null || v.getState() == VisibilityState.WITHDRAWN) {
            return new VisibilityRules.Input(VisibilityRules.REGIONS, List.of(), "25", List.of(), List.of(), "90");
        }
        return new VisibilityRules.Input(
                v.getRadiusMiles() == null ? VisibilityRules.REGIONS : VisibilityRules.DISTANCE,
                List.copyOf(v.getRegions()),
                v.getRadiusMiles() == null ? "25" : v.getRadiusMiles().toString(),
                List.copyOf(v.getCareers()),
                v.getFields().stream().map(Enum::name).toList(),
                null);
    }
}
