package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.AccountDeletion;
import org.healthcareershub.accounts.domain.DataExport;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's own data: download it all as JSON, or delete the account (confirmed by the password). */
@Controller
class MyDataController {

    private final DataExport export;
    private final AccountDeletion deletion;
    private final PasswordConfirmation passwords;
    private final MessageSource messages;

    MyDataController(
            DataExport export, AccountDeletion deletion, PasswordConfirmation passwords, MessageSource messages) {
        this.export = export;
        this.deletion = deletion;
        this.passwords = passwords;
        this.messages = messages;
    }

    @GetMapping("/account/export")
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal SignedInAccount me) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("my-data.json")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.of(me.id()));
    }

    @GetMapping("/account/delete")
    String deleteForm(@AuthenticationPrincipal SignedInAccount me, Locale locale, Model model) {
        return deletePage(model, me, new FieldErrors());
    }

    @PostMapping("/account/delete")
    String delete(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(defaultValue = "") String password,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        FieldErrors errors = new FieldErrors();
        if (!AccountDeletion.allowedFor(me.role())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return deletePage(model, me, errors);
        }
        passwords.check(me, password, "password", "delete.error.password", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return deletePage(model, me, errors);
        }
        deletion.delete(me.id());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/account-deleted";
    }

    @GetMapping("/account-deleted")
    String deleted(Model model) {
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("deleted.title")));
        return "accounts/deleted";
    }

    private String deletePage(Model model, SignedInAccount me, FieldErrors errors) {
        model.addAttribute("allowed", AccountDeletion.allowedFor(me.role()));
        model.addAttribute("errors", errors);
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.link("account.title", "/account"), Breadcrumb.page("delete.title")));
        return "accounts/delete";
    }
}
