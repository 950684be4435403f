package app.gazette.article.web;

import app.gazette.article.Labels;
import app.gazette.label.LabelNames;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Comma-separated labels, each at most {@value Validator#MAX} characters (the column's size). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LabelList.Validator.class)
@interface LabelList {

    String message() default "{article.labels.each}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LabelList, String> {

        static final int MAX = 100;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Labels.split(value).stream()
                    .allMatch(name -> LabelNames.clean(name).length() <= MAX
                            && LabelNames.keyOf(name).length() <= MAX);
        }
    }
}
