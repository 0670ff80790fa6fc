package org.healthcareershub.employers.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The organization has no site with that id (another organization's counts as none): the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SiteNotFoundException extends RuntimeException {

    public SiteNotFoundException(long employerId, long siteId) {
        super("Employer " + employerId + " has no site " + siteId);
    }
}
