package cn.sandiao.dispute;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A person needs an ID number and an organisation a credit code; the problem is reported on that field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartyIdentity.Validator.class)
@interface PartyIdentity {

    String message() default "当事人身份证明不完整";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PartyIdentity, PartyInput> {

        @Override
        public boolean isValid(PartyInput party, ConstraintValidatorContext context) {
            if (party == null || party.kind() == null) {
                return true;
            }
            if (party.kind() == PartyKind.PERSON && isBlank(party.idNumber())) {
                return problem(context, "idNumber", "自然人当事人须填写身份证号码");
            }
            if (party.kind() == PartyKind.ORGANIZATION && isBlank(party.creditCode())) {
                return problem(context, "creditCode", "组织当事人须填写统一社会信用代码");
            }
            return true;
        }

        private static boolean problem(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
