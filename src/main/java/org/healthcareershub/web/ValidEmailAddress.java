package org.healthcareershub.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation's face of {@link EmailAddress}: the annotated string, when not null or blank (pair it with
 * {@code @NotBlank}), is an email address. A violation's message is the key {@link EmailAddress#problem}
 * names, e.g. {@code {email.error.displayName}}, so each kind of mistake gets its own message.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidEmailAddress.Checker.class)
public @interface ValidEmailAddress {

    String message() default "{email.error.syntax}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with {@link EmailAddress#problem} and reports the problem's own message. */
    final class Checker implements ConstraintValidator<ValidEmailAddress, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            return EmailAddress.problem(value.toString())
                    .map(key -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate("{" + key + "}")
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
