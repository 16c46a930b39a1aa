package cn.sandiao.common.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

import cn.sandiao.common.ChinaTime;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A resident identity number (GB 11643); blank counts as valid so that it composes with @NotBlank. */
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdNumber.Validator.class)
public @interface IdNumber {

    String message() default "身份证号码无效（须为18位且校验位正确）";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IdNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // "today" from the validation's clock, which is the application's (ChinaClockForValidation)
            return value == null || value.isBlank() || ChineseIdNumbers.isValid(value,
                    ChinaTime.today(context.getClockProvider().getClock()));
        }
    }
}
