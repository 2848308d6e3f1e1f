package dev.kunai.test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kunai.KunaiConfigurationException;
import org.junit.jupiter.api.Test;

/** {@code @KunaiTest} targets an app or controllers: both, or neither, is a configuration error, not a quiet 404. */
class KunaiTestTargetTest {

    @KunaiTest(controllers = KunaiTestTargetTest.class)
    static class Controllers {}

    @KunaiTest(app = KunaiTestTargetTest.class, controllers = KunaiTestTargetTest.class)
    static class Both {}

    @KunaiTest
    static class Neither {}

    @Test
    void controllersAloneAreAnApplication() {
        assertNotNull(KunaiExtension.application(Controllers.class.getAnnotation(KunaiTest.class)));
    }

    @Test
    void bothOrNeitherIsAConfigurationError() {
        var both = assertThrows(
                KunaiConfigurationException.class,
                () -> KunaiExtension.application(Both.class.getAnnotation(KunaiTest.class)));
        assertTrue(both.getMessage().contains("not both"), both.getMessage());
        var neither = assertThrows(
                KunaiConfigurationException.class,
                () -> KunaiExtension.application(Neither.class.getAnnotation(KunaiTest.class)));
        assertTrue(neither.getMessage().contains("no routes"), neither.getMessage());
    }
}
