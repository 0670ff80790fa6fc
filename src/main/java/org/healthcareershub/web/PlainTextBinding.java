package org.healthcareershub.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Puts {@link PlainText#check} in front of every binder's validators, so a form record bound with
 * {@code @Valid} has its text checked without its controller asking. Each problem is a field error whose
 * code is the message key, as a constraint's would be, and comes first for its field.
 */
@ControllerAdvice
class PlainTextBinding {

    static final Validator FORM_TEXT = new Validator() {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (!(target instanceof Record form)) {
                return;
            }
            PlainText.check(form).asMap().forEach((field, problem) -> {
                if (errors instanceof BindingResult result) {
                    Object rejected = result.getRawFieldValue(field);
                    result.addError(new FieldError(
                            result.getObjectName(),
                            field,
                            rejected,
                            false,
                            new String[] {problem.key()},
                            problem.args(),
                            null));
                } else {
                    errors.rejectValue(field, problem.key(), problem.args(), null);
                }
            });
        }
    };

    @InitBinder
    void checkText(WebDataBinder binder) {
        List<Validator> validators = new ArrayList<>(binder.getValidators());
        validators.add(0, FORM_TEXT);
        binder.replaceValidators(validators.toArray(Validator[]::new));
    }
}
