package org.healthcareershub.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No public posting has this id (none at all, or a draft, which nobody outside its organization sees). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(long id) {
        super("No public job posting " + id);
    }
}
