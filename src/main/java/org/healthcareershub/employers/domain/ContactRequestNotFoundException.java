package org.healthcareershub.employers.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The organization received no contact request with that id (another organization's, or one whose sender
 * has not confirmed it yet, counts as none): the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ContactRequestNotFoundException extends RuntimeException {

    public ContactRequestNotFoundException(long employerId, long requestId) {
        super("Employer " + employerId + " received no contact request " + requestId);
    }
}
