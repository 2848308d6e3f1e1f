package dev.kunai.pipeline;

import dev.kunai.contributor.Input;
import dev.kunai.contributor.InputValues;
import dev.kunai.contributor.ResultTransformer;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.RequestValue;
import dev.kunai.operation.Invocation;
import dev.kunai.operation.Operation;
import dev.kunai.operation.OperationDefinition;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ParamSource;
import dev.kunai.operation.ParameterPlan;
import dev.kunai.operation.ResultPlan;
import dev.kunai.operation.ResultWriter;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import dev.kunai.validation.Validators;
import dev.kunai.validation.ViolationMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * One operation ready to serve: pre-built argument binders, the invoker (a {@link MethodHandle} bound to the
 * controller instance, or the {@link Operation.Handler} of an operation defined in code), and the result writer
 * of its {@link dev.kunai.operation.ResultPlan}. {@link #handle} is the whole per-request work: bind all
 * arguments (collecting every error), validate parameter constraints, invoke, await async results, write.
 */
final class CompiledOperation {

    private final OperationModel model;
    private final ArgumentBinder[] binders;
    private final MethodHandle invoker;
    private final Operation.Handler handler;
    private final ResultWriter writer;
    private final boolean async;
    private final ParamCheck paramCheck;
    private final ArgumentBinder[] inputBinders;
    private final ResultTransformer[] transformers;

    /**
     * What contributors added: inputs bound with the arguments but not passed to the handler, transformers
     * applied to the result, and the plan of what is written.
     */
    record Extras(List<ParameterPlan> inputs, List<ResultTransformer> transformers, ResultPlan result) {}

    private CompiledOperation(
            OperationModel model,
            ArgumentBinder[] binders,
            Invoke invoke,
            ResultWriter writer,
            boolean async,
            ArgumentBinder[] inputBinders,
            ResultTransformer[] transformers) {
        this.model = model;
        this.binders = binders;
        this.invoker = invoke.method();
        this.handler = invoke.handler();
        this.paramCheck = invoke.check();
        this.writer = writer;
        this.async = async;
        this.inputBinders = inputBinders;
        this.transformers = transformers;
    }

    /** How the operation runs: a method handle (with its parameter check, if any) or a code handler. */
    private record Invoke(MethodHandle method, ParamCheck check, Operation.Handler handler) {}

    static CompiledOperation compile(
            OperationDefinition definition,
            Function<Class<?>, Object> controllers,
            Map<Class<?>, RequestValue<?>> values) {
        return compile(definition, controllers, values, new Extras(List.of(), List.of(), definition.result()));
    }

    static CompiledOperation compile(
            OperationDefinition definition,
            Function<Class<?>, Object> controllers,
            Map<Class<?>, RequestValue<?>> values,
            Extras extras) {
        List<ParameterPlan> plans = definition.plans();
        ArgumentBinder[] binders = new ArgumentBinder[plans.size()];
        for (int i = 0; i < binders.length; i++) {
            binders[i] = ArgumentBinders.compile(plans.get(i), values);
        }
        Invoke invoke = switch (definition.invocation()) {
            case Invocation.OfMethod m -> {
                Object controller = controllers.apply(m.controller());
                yield new Invoke(
                        methodHandle(definition.model(), controller, m.method(), binders.length),
                        ParamCheck.of(controller, m.method(), plans),
                        null);
            }
            case Invocation.OfHandler h -> new Invoke(null, null, h.handler());
        };
        ArgumentBinder[] inputBinders = new ArgumentBinder[extras.inputs().size()];
        for (int i = 0; i < inputBinders.length; i++) {
            inputBinders[i] = ArgumentBinders.compile(extras.inputs().get(i), values);
        }
        return new CompiledOperation(
                definition.model(),
                binders,
                invoke,
                extras.result().writer(definition.status()),
                extras.result().async(),
                inputBinders,
                extras.transformers().toArray(ResultTransformer[]::new));
    }

    private static MethodHandle methodHandle(OperationModel model, Object controller, Method method, int arity) {
        try {
            MethodHandles.Lookup lookup =
                    MethodHandles.privateLookupIn(method.getDeclaringClass(), MethodHandles.lookup());
            return lookup.unreflect(method)
                    .bindTo(controller)
                    .asSpreader(Object[].class, arity)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(model.operationId() + ": cannot access " + method + " (make it public)", e);
        }
    }

    OperationModel model() {
        return model;
    }

    HttpResponse handle(Exchange exchange) throws Throwable {
        Object[] args = new Object[binders.length];
        Errors errors = new Errors();
        for (int i = 0; i < binders.length; i++) {
            args[i] = binders[i].bind(exchange, errors);
        }
        Object[] inputs = inputBinders.length == 0 ? args : new Object[inputBinders.length];
        for (int i = 0; i < inputBinders.length; i++) {
            inputs[i] = inputBinders[i].bind(exchange, errors);
        }
        if (paramCheck != null) {
            paramCheck.validate(args, errors);
        }
        errors.throwIfAny();
        Object result = invoker != null ? invoker.invokeExact(args) : handler.handle(new BoundInputs(args, exchange));
        if (async) {
            result = await((CompletionStage<?>) result);
        }
        if (transformers.length > 0) {
            InputValues bound = new BoundInputs(inputs, exchange);
            for (ResultTransformer transformer : transformers) {
                result = transformer.transform(result, bound);
            }
        }
        return exchange.withResponseHeaders(writer.write(result));
    }

    /** The contributed inputs of one request. */
    private record BoundInputs(Object[] values, RequestContext context) implements InputValues {
        @Override
        public <T> T get(Input<T> input) {
            return input.type().cast(values[input.index()]);
        }
    }

    private static Object await(CompletionStage<?> stage) throws Throwable {
        try {
            return stage.toCompletableFuture().get();
        } catch (ExecutionException | CompletionException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
    }

    /** Validates constraints declared on scalar parameters ({@code @Max(100) int limit}). */
    private record ParamCheck(
            Object controller, Method method, String[] sources, String[] names, ExecutableValidator validator) {
        static ParamCheck of(Object controller, Method method, List<ParameterPlan> plans) {
            var descriptor = Validators.validator()
                    .getConstraintsForClass(method.getDeclaringClass())
                    .getConstraintsForMethod(method.getName(), method.getParameterTypes());
            if (descriptor == null) {
                return null;
            }
            String[] sources = new String[plans.size()];
            String[] names = new String[plans.size()];
            boolean any = false;
            for (var p : descriptor.getParameterDescriptors()) {
                ParameterPlan plan = plans.get(p.getIndex());
                boolean simple =
                        plan.source() != ParamSource.BODY && !plan.isGroup() && plan.source() != ParamSource.CONTEXT;
                if (simple
                        && (p.hasConstraints()
                                || !p.getConstrainedContainerElementTypes().isEmpty())) {
                    sources[p.getIndex()] = plan.source().label();
                    names[p.getIndex()] = plan.wireName();
                    any = true;
                }
            }
            return any
                    ? new ParamCheck(
                            controller,
                            method,
                            sources,
                            names,
                            Validators.validator().forExecutables())
                    : null;
        }

        void validate(Object[] args, Errors errors) {
            for (int i = 0; i < args.length; i++) {
                if (sources[i] != null && args[i] == null) {
                    return; // a checked parameter failed to bind: its error is already recorded
                }
            }
            // The validator's set has no order: errors follow the parameters' order, then path and constraint.
            Set<ConstraintViolation<Object>> found = validator.validateParameters(controller, method, args);
            if (found.isEmpty()) {
                return;
            }
            List<ConstraintViolation<Object>> violations = new ArrayList<>(found);
            violations.sort(Comparator.<ConstraintViolation<Object>>comparingInt(ParamCheck::parameterIndex)
                    .thenComparing(v -> v.getPropertyPath().toString())
                    .thenComparing(ConstraintViolation::getMessageTemplate));
            for (ConstraintViolation<Object> v : violations) {
                int index = parameterIndex(v);
                if (index >= 0 && sources[index] != null) {
                    ViolationMapper.record(v, Loc.of(sources[index], names[index]), 2, errors);
                }
            }
        }

        private static int parameterIndex(ConstraintViolation<Object> violation) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    return node.as(Path.ParameterNode.class).getParameterIndex();
                }
            }
            return -1;
        }
    }
}
