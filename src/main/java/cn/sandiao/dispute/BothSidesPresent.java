package cn.sandiao.dispute;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

/** A dispute has at least one applicant and one respondent. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BothSidesPresent.Validator.class)
@interface BothSidesPresent {

    String message() default "当事人中须至少有一名申请人和一名被申请人";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BothSidesPresent, RegisterDisputeRequest> {

        @Override
        public boolean isValid(RegisterDisputeRequest request, ConstraintValidatorContext context) {
            if (request == null || request.parties() == null || request.parties().size() < 2) {
                return true; // @Size reports that
            }
            boolean applicant = request.parties().stream().filter(Objects::nonNull)
                    .anyMatch(p -> p.role() == PartyRole.APPLICANT);
            boolean respondent = request.parties().stream().filter(Objects::nonNull)
                    .anyMatch(p -> p.role() == PartyRole.RESPONDENT);
            if (applicant && respondent) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("parties").addConstraintViolation();
            return false;
        }
    }
}
