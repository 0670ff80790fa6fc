package org.healthcareershub.accounts.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account has the requested id; answered with the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(long id) {
        super("No account with id " + id);
    }
}
