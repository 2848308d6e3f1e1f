package dev.kunai.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The shared Hibernate Validator instance. It interpolates messages without Jakarta EL (no expression
 * language on the classpath), so other modules (Hibernate ORM) must be handed this same factory.
 */
public final class Validators {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private Validators() {}

    /** The shared factory. */
    public static ValidatorFactory factory() {
        return FACTORY;
    }

    /** The shared, thread-safe validator. */
    public static Validator validator() {
        return FACTORY.getValidator();
    }
}
