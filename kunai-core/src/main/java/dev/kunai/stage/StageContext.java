package dev.kunai.stage;

import dev.kunai.KunaiApi;
import dev.kunai.inject.Container;

/**
 * What a stage factory can use while it creates an operation's stage at start-up, besides the operation's model:
 * the application's DI container, so a stage can be built from injected parts (Ninja Extra's permission classes
 * with dependencies). Passed to {@link OperationStage#create(dev.kunai.operation.OperationModel, StageContext)};
 * not available per request.
 */
public interface StageContext {

    /**
     * The API the operation is mounted on, so a stage can apply API-level settings (e.g. the API's default
     * throttles, {@link KunaiApi#throttle()}) where the operation and its controller declare none.
     */
    KunaiApi api();

    /** The DI container controllers come from, features' bindings included. */
    Container container();

    /**
     * The application's single instance of {@code type}: created through {@link #container()} the first time any
     * stage or controller asks for it, then shared, as controllers are (so a permission class used by every
     * operation is created once).
     *
     * @throws IllegalStateException when the container cannot create it (a start-up error naming the type)
     */
    <T> T instance(Class<T> type);

    /**
     * Whether the pipeline is only being described ({@code Dispatcher.Builder.describe()}: the OpenAPI export,
     * possibly without a database): the stages created are asked for their documented responses and never run, so
     * a factory should not create parts that need the running application (e.g. a database-backed authenticator).
     */
    default boolean describing() {
        return false;
    }
}
