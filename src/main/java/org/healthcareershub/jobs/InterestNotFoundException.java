package org.healthcareershub.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No expression of interest with this id that the asker may see (another seeker's, another organization's). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InterestNotFoundException extends RuntimeException {

    public InterestNotFoundException(long id) {
        super("No interest " + id);
    }
}
