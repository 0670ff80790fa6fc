package org.healthcareershub.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.AccountSuspension;
import org.healthcareershub.web.AdminSection;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff list and search accounts, and suspend or reinstate them. */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountController implements AdminSection {

    static final int PAGE_SIZE = 50;
    static final int MAX_QUERY = 254;

    private final AccountSuspension suspension;

    AdminAccountController(AccountSuspension suspension) {
        this.suspension = suspension;
    }

    @GetMapping
    String list(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "role", defaultValue = "") String role,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal SignedInAccount me,
            Model model) {
        String text = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
        Role chosen = Arrays.stream(Role.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElse(null);
        model.addAttribute("q", text);
        model.addAttribute("role", chosen);
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", me == null ? null : me.id());
        model.addAttribute(
                "rows", suspension.search(text, chosen == null ? Set.of() : Set.of(chosen), page - 1, PAGE_SIZE));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("admin.title", "/admin"), Breadcrumb.page("admin.accounts.title")));
        return "accounts/admin/accounts";
    }

    @PostMapping("/{id:\\d{1,18}}/suspend")
    String suspend(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        return outcome(suspension.suspend(me == null ? null : me.id(), id), redirect);
    }

    @PostMapping("/{id:\\d{1,18}}/reinstate")
    String reinstate(@PathVariable long id, RedirectAttributes redirect) {
        return outcome(suspension.reinstate(id), redirect);
    }

    private static String outcome(AccountSuspension.Outcome outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "admin.accounts.outcome." + outcome.name());
        return "redirect:/admin/accounts";
    }

    @Override
    public String titleKey() {
        return "admin.accounts.title";
    }

    @Override
    public String descriptionKey() {
        return "admin.accounts.description";
    }

    @Override
    public String href() {
        return "/admin/accounts";
    }
}
