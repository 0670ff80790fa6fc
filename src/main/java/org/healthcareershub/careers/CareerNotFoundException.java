package org.healthcareershub.careers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No career has the requested slug; answered with the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CareerNotFoundException extends RuntimeException {

    public CareerNotFoundException(String slug) {
        super("No career with slug " + slug);
    }
}
