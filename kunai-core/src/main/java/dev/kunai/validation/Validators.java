package dev.kunai.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The shared Hibernate Validator instance for what requests bind: bodies, parameters and query records. It
 * interpolates messages without Jakarta EL (no expression language on the classpath), and it treats every property
 * as reachable: what it validates are plain objects just made from the request, never JPA-managed entities, so
 * Hibernate Validator's default {@code JPATraversableResolver} (installed whenever Jakarta Persistence is on the class
 * path, as Kunai's data module puts it) would ask {@code Persistence.getPersistenceUtil().isLoaded(...)} for each
 * property for nothing — 2.3 % of a create request's CPU in the load harness's profile. (Hibernate ORM validates
 * entities with its own factory, which keeps that resolver: see kunai-data's {@code OrmSettings}.)
 */
public final class Validators {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .traversableResolver(new EverythingReachable())
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

    /** Every property is reachable and cascadable: request values are plain objects, never lazily loaded. */
    static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(
                Object traversableObject,
                Path.Node traversableProperty,
                Class<?> rootBeanType,
                Path pathToTraversableObject,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object traversableObject,
                Path.Node traversableProperty,
                Class<?> rootBeanType,
                Path pathToTraversableObject,
                ElementType elementType) {
            return isReachable(
                    traversableObject, traversableProperty, rootBeanType, pathToTraversableObject, elementType);
        }
    }
}
