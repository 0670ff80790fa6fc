package org.healthcareershub.talent;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A message that does not exist, or is not the asking seeker's or organization's: the same 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OutreachNotFoundException extends RuntimeException {

    public OutreachNotFoundException(long id) {
        super("No message " + id);
    }
}
