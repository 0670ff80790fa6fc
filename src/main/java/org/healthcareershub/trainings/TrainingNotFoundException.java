package org.healthcareershub.trainings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No published program has the requested id; answered with the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TrainingNotFoundException extends RuntimeException {

    public TrainingNotFoundException(Object id) {
        super("No training with id " + id);
    }
}
