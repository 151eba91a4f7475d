package vn.partyreview.grading.rules;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A share in percent, 0 to 100; the message names the fact in Vietnamese. */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@DecimalMin("0")
@DecimalMax("100")
@ReportAsSingleViolation
public @interface Percent {

    String message() default "Tỷ lệ phải từ 0 đến 100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
