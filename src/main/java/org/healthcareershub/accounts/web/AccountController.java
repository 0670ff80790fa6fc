package org.healthcareershub.accounts.web;

import java.util.List;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home at /account. */
@Controller
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String home(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute(
                "displayName",
                accounts.findById(account.id()).map(a -> a.getDisplayName()).orElse(""));
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("account.title")));
        return "accounts/home";
    }
}
