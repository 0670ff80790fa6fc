package org.healthcareershub.employers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.employers.ContactEmployer;
import org.healthcareershub.employers.ContactEmployer.Confirmation;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in a contact confirmation mail. Opening it only shows a button: mail scanners that fetch links
 * must not send the message, so it goes out on the button's POST.
 */
@Controller
class ContactConfirmationController {

    private final ContactEmployer contactEmployer;

    ContactConfirmationController(ContactEmployer contactEmployer) {
        this.contactEmployer = contactEmployer;
    }

    @GetMapping(ContactEmployer.CONFIRM_PATH)
    String confirmForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Confirmation confirmation = contactEmployer.check(token);
        if (confirmation.state() == ContactEmployer.LinkState.VALID) {
            model.addAttribute("token", token);
        }
        return page(confirmation, model, response);
    }

    @PostMapping(ContactEmployer.CONFIRM_PATH)
    String confirm(
            @RequestParam(required = false) String token, Locale locale, Model model, HttpServletResponse response) {
        return page(contactEmployer.confirm(token, locale), model, response);
    }

    private static String page(Confirmation confirmation, Model model, HttpServletResponse response) {
        HttpStatus status = switch (confirmation.state()) {
            case VALID, SENT -> HttpStatus.OK;
            case USED -> HttpStatus.CONFLICT;
            case EXPIRED, EMPLOYER_GONE -> HttpStatus.GONE;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
        };
        response.setStatus(status.value());
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("contact.confirm.title")));
        return "employers/confirm-contact";
    }
}
