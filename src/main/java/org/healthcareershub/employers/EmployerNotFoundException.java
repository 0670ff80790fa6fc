package org.healthcareershub.employers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No verified employer has the requested slug (or no employer the id); answered with the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EmployerNotFoundException extends RuntimeException {

    public EmployerNotFoundException(String slug) {
        super("No public employer with slug " + slug);
    }

    public EmployerNotFoundException(long id) {
        super("No employer with id " + id);
    }
}
