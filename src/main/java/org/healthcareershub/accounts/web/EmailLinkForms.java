package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.healthcareershub.accounts.domain.Throttle;
import org.healthcareershub.web.EmailAddress;
import org.healthcareershub.web.FieldErrors;
import org.springframework.http.HttpStatus;

/**
 * What every "email me a link" form (password reset, sign-in link) checks before anything is mailed, so
 * they refuse alike: the address first (422), then the emailed-link limits per client and per address (429).
 * The checks never depend on whether an account has the address.
 */
final class EmailLinkForms {

    private EmailLinkForms() {}

    /** The problems that refuse the request, with the response status set; empty when it may go on. */
    static FieldErrors problems(
            String email, Throttle throttle, HttpServletRequest request, HttpServletResponse response) {
        FieldErrors errors = new FieldErrors();
        Optional<String> problem = EmailAddress.problem(email);
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return errors.add("email", problem.get());
        }
        if (!throttle.tryEmailLink(request.getRemoteAddr(), new EmailAddress(email).value())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return errors.add("email", "reset.error.rateLimited");
        }
        return errors;
    }
}
