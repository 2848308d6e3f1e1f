package dev.kunai;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kunai.http.HttpMethod;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.operation.Operation;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.server.ServerOptions;
import org.junit.jupiter.api.Test;

/** Public builders reject {@code null} at the call, naming the argument, instead of failing on the first request. */
class BuilderNullsTest {

    @Test
    void dispatcherRejectsNullLimitsAndApis() {
        assertThatNullPointerException()
                .isThrownBy(() -> Dispatcher.builder().limits(null))
                .withMessage("limits");
        assertThatNullPointerException()
                .isThrownBy(() -> Dispatcher.builder().mountAll(null))
                .withMessage("apis");
        assertThatNullPointerException()
                .isThrownBy(() -> Dispatcher.builder().requestValue(null))
                .withMessage("requestValue");
    }

    @Test
    void apiBuilderRejectsNullArraysAndElements() {
        assertThatNullPointerException()
                .isThrownBy(() -> KunaiApi.builder().controllers((Class<?>[]) null))
                .withMessage("controllers");
        assertThatNullPointerException()
                .isThrownBy(() -> KunaiApi.builder().controllers(String.class, null))
                .withMessage("controllers contains null");
        assertThatNullPointerException()
                .isThrownBy(() -> KunaiApi.builder().authSchemes((dev.kunai.security.Auth) null))
                .withMessage("authSchemes contains null");
    }

    @Test
    void serverOptionsAndContainerRejectNull() {
        assertThatNullPointerException()
                .isThrownBy(() -> ServerOptions.builder().host(null))
                .withMessage("host");
        assertThatNullPointerException()
                .isThrownBy(() -> ServerOptions.builder().idleTimeout(null))
                .withMessage("idleTimeout");
        assertThatNullPointerException()
                .isThrownBy(() -> GuiceContainer.builder().module(null))
                .withMessage("module");
        assertThatNullPointerException()
                .isThrownBy(() -> Operation.builder(HttpMethod.GET, "/x").tags("a", null))
                .withMessage("tags");
    }
}
