package dev.kunai.throttling;

import dev.kunai.feature.Feature;
import dev.kunai.feature.FeatureSetup;
import dev.kunai.operation.ResponseModel;
import dev.kunai.stage.OperationStage;
import dev.kunai.stage.Stage;
import dev.kunai.stage.StageSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts throttling on an application: a stage in the {@link StageSlot#THROTTLE} slot (after authentication
 * and permissions, as in Django Ninja) on every operation that has throttles (its own, its controller's, its
 * API's {@link dev.kunai.KunaiApi#throttle()} or the application's defaults), documenting its {@code 429}
 * (and {@code 503} when the store fails closed) in OpenAPI. Operations without throttles get no stage.
 *
 * <pre>{@code
 * Kunai.app().feature(ThrottleFeature.of(Throttling.builder().defaults(AnonRateThrottle.of("100/m")).build()))
 * }</pre>
 */
public final class ThrottleFeature implements Feature {

    private final Throttling throttling;

    private ThrottleFeature(Throttling throttling) {
        this.throttling = throttling;
    }

    /** The feature for {@code throttling}. */
    public static ThrottleFeature of(Throttling throttling) {
        return new ThrottleFeature(Objects.requireNonNull(throttling, "throttling"));
    }

    /** The configuration this feature applies. */
    public Throttling throttling() {
        return throttling;
    }

    @Override
    public void setup(FeatureSetup setup) {
        List<ResponseModel> documented = new ArrayList<>(List.of(ResponseModel.error(429, "Too Many Requests")));
        if (throttling.onStoreFailure() == Throttling.OnStoreFailure.REJECT) {
            documented.add(ResponseModel.error(503, "Service Unavailable"));
        }
        ResponseModel[] responses = documented.toArray(ResponseModel[]::new);
        setup.stage(OperationStage.withContext(StageSlot.THROTTLE, (operation, context) -> {
            OperationThrottles throttles = throttling.forOperation(
                    operation.controller(), operation.handler(), context.api().throttle());
            return throttles.isEmpty() ? Optional.empty() : Optional.of(Stage.of(throttles::check, responses));
        }));
    }
}
