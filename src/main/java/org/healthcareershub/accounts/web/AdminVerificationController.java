package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.healthcareershub.accounts.domain.VerificationQueue;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.web.AdminSection;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The employer verification queue: verify, reject with a reason, suspend. */
@Controller
@RequestMapping("/admin/accounts/verification")
class AdminVerificationController implements AdminSection {

    static final int PAGE_SIZE = 50;
    static final List<VerificationState> TABS = List.of(
            VerificationState.PENDING,
            VerificationState.VERIFIED,
            VerificationState.REJECTED,
            VerificationState.SUSPENDED);

    private final VerificationQueue queue;

    AdminVerificationController(VerificationQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    String list(
            @RequestParam(name = "state", defaultValue = "PENDING") String state,
            @RequestParam(name = "page", defaultValue = "1") int page,
            Model model) {
        VerificationState shown =
                TABS.stream().filter(s -> s.name().equals(state)).findFirst().orElse(VerificationState.PENDING);
        model.addAttribute("state", shown);
        model.addAttribute("tabs", TABS);
        model.addAttribute("rows", queue.inState(shown, Math.max(0, page - 1), PAGE_SIZE));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("admin.title", "/admin"), Breadcrumb.page("admin.verification.title")));
        return "accounts/admin/verification";
    }

    @PostMapping("/{id:\\d{1,18}}/verify")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        return act(
                redirect,
                "admin.verification.verifiedNow",
                () -> queue.verify(id).name());
    }

    @PostMapping("/{id:\\d{1,18}}/suspend")
    String suspend(@PathVariable long id, RedirectAttributes redirect) {
        return act(
                redirect,
                "admin.verification.suspendedNow",
                () -> queue.suspend(id).name());
    }

    @GetMapping("/{id:\\d{1,18}}/reject")
    String rejectForm(@PathVariable long id, Model model) {
        return rejectPage(id, "", new FieldErrors(), model);
    }

    @PostMapping("/{id:\\d{1,18}}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        PlainText.problem(reason, PlainText.Kind.MULTI_LINE).ifPresent(key -> errors.add("reason", key));
        if (!StringUtils.hasText(reason)) {
            errors.add("reason", "admin.verification.error.reason");
        } else if (reason.strip().length() > VerificationQueue.MAX_REASON) {
            errors.add("reason", "form.error.tooLong", VerificationQueue.MAX_REASON);
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return rejectPage(id, reason, errors, model);
        }
        return act(
                redirect,
                "admin.verification.rejectedNow",
                () -> queue.reject(id, PlainText.normalized(reason, PlainText.Kind.MULTI_LINE))
                        .name());
    }

    private String rejectPage(long id, String reason, FieldErrors errors, Model model) {
        model.addAttribute("entry", queue.find(id));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("maxReason", VerificationQueue.MAX_REASON);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("admin.title", "/admin"),
                        Breadcrumb.link("admin.verification.title", "/admin/accounts/verification"),
                        Breadcrumb.page("admin.verification.reject.title")));
        return "accounts/admin/reject";
    }

    /** Runs a decision; one that no longer applies (someone else got there first) is explained, not a 500. */
    private static String act(RedirectAttributes redirect, String doneKey, Supplier<String> action) {
        try {
            String name = action.get();
            redirect.addFlashAttribute("notice", doneKey);
            redirect.addFlashAttribute("noticeArg", name);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("notice", "admin.verification.notAllowed");
        }
        return "redirect:/admin/accounts/verification";
    }

    @Override
    public String titleKey() {
        return "admin.verification.title";
    }

    @Override
    public String descriptionKey() {
        return "admin.verification.description";
    }

    @Override
    public String href() {
        return "/admin/accounts/verification";
    }
}
