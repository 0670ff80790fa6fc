package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.ProfileSettings;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /account/profile: a seeker's name, ZIP, education, licenses, experience, careers of interest and language. */
@Controller
class ProfileController {

    static final List<String> LANGUAGES = List.of("en", "es");
    static final int MAX_YEARS = 60;

    private final ProfileSettings settings;
    private final CareerCatalog careers;

    ProfileController(ProfileSettings settings, CareerCatalog careers) {
        this.settings = settings;
        this.careers = careers;
    }

    @GetMapping("/account/profile")
    String editForm(@AuthenticationPrincipal SignedInAccount me, Locale locale, Model model) {
        return page(model, EditProfileForm.of(settings.load(me.id())), new FieldErrors(), locale);
    }

    @PostMapping("/account/profile")
    String update(
            @AuthenticationPrincipal SignedInAccount me,
            @ModelAttribute EditProfileForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        Map<String, String> careerTitles = careers.titles(locale);
        ProfileSettings.Profile profile = read(form, careerTitles.keySet(), errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form, errors, locale);
        }
        settings.save(me.id(), profile);
        redirect.addFlashAttribute("notice", "profile.saved");
        return "redirect:/account";
    }

    /** The profile the form describes; each field it cannot read gets an error and is left empty. */
    static ProfileSettings.Profile read(EditProfileForm form, Set<String> careerSlugs, FieldErrors errors) {
        errors.addAll(PlainText.check(form));
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.add("name", "signUp.error.name");
        } else if (name.length() > 100) {
            errors.add("name", "form.error.tooLong", 100);
        }
        String zip = !StringUtils.hasText(form.zip()) ? null : form.zip().strip();
        if (zip != null && !zip.matches("\\d{5}")) {
            errors.add("zip", "profile.error.zip");
            zip = null;
        }
        EducationLevel education = null;
        if (StringUtils.hasText(form.education())) {
            education = choice(EducationLevel.class, form.education());
            if (education == null) {
                errors.add("education", "profile.error.choice");
            }
        }
        Set<License> licenses = EnumSet.noneOf(License.class);
        for (String code : form.license()) {
            License license = choice(License.class, code);
            if (license == null) {
                errors.add("license", "profile.error.choice");
            } else {
                licenses.add(license);
            }
        }
        Integer years = null;
        if (StringUtils.hasText(form.years())) {
            try {
                years = Integer.valueOf(form.years().strip());
            } catch (NumberFormatException e) {
                years = -1;
            }
            if (years < 0 || years > MAX_YEARS) {
                errors.add("years", "profile.error.years", MAX_YEARS);
                years = null;
            }
        }
        Set<String> chosenCareers = new LinkedHashSet<>();
        for (String slug : form.career()) {
            if (careerSlugs.contains(slug)) {
                chosenCareers.add(slug);
            } else {
                errors.add("career", "profile.error.choice");
            }
        }
        String language = LANGUAGES.contains(form.language()) ? form.language() : null;
        if (language == null) {
            errors.add("language", "profile.error.choice");
        }
        return new ProfileSettings.Profile(name, zip, education, licenses, years, chosenCareers, language);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }

    private String page(Model model, EditProfileForm form, FieldErrors errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("careerTitles", careers.titles(locale));
        model.addAttribute("educationLevels", EducationLevel.values());
        model.addAttribute("licenses", License.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("maxYears", MAX_YEARS);
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.link("account.title", "/account"), Breadcrumb.page("profile.title")));
        return "accounts/profile";
    }
}
