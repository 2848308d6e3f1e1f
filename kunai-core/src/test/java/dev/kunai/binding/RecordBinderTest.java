package dev.kunai.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import dev.kunai.validation.ValidationError;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The record binder on its own: every error of a body at once, each component's errors together and in
 * component order, whether binding failed or only the constraints did, without duplicates from nested records.
 */
class RecordBinderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Four components, each able to fail in its own way. */
    public record Order(
            @Size(min = 3) String code,
            int quantity,
            @Min(1) @Max(10) Integer boxes,
            List<@NotBlank String> notes,
            Optional<String> comment) {}

    /** A record whose constructor refuses some values. */
    public record Range(int low, int high) {
        /** Refuses an empty range. */
        public Range {
            if (low > high) {
                throw new IllegalArgumentException("low must not exceed high");
            }
            if (low == high) {
                throw new IllegalArgumentException();
            }
        }
    }

    /** A getter constraint (property "ordered") beside component constraints. */
    public record Window(@Min(0) int from, @Min(0) int to) {
        /** Whether the window is in order. */
        @AssertTrue(message = "from must not exceed to")
        public boolean isOrdered() {
            return from <= to;
        }
    }

    /** A nested record with its own constraint, also marked {@code @Valid}. */
    public record Shipment(@Valid Window window, @NotBlank String carrier) {}

    /** Eight constrained components, declared in an order unlike their names'. */
    public record Many(
            @Min(1) int zulu,
            @Min(1) int alpha,
            @Min(1) int mike,
            @Min(1) int bravo,
            @Min(1) int yankee,
            @Min(1) int charlie,
            @Min(1) int xray,
            @Min(1) int delta) {}

    /** A class-level constraint: the window must be in order. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = InOrder.Check.class)
    public @interface InOrder {
        /** The message. */
        String message() default "from must not exceed to";

        /** Groups. */
        Class<?>[] groups() default {};

        /** Payload. */
        Class<? extends Payload>[] payload() default {};

        /** Checks {@link Span}. */
        class Check implements ConstraintValidator<InOrder, Span> {
            @Override
            public boolean isValid(Span span, ConstraintValidatorContext context) {
                return span.from() <= span.to();
            }
        }
    }

    /** A record with a class-level constraint and component constraints. */
    @InOrder
    public record Span(@Min(0) int from, @Min(0) int to) {}

    /** One component per integral width. */
    public record Widths(byte b, short s, int i, long l) {}

    private static List<ValidationError> bind(Class<?> type, String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        Errors errors = new Errors();
        Object value = JsonBinders.forType(type).bind(node, Loc.source("body"), errors);
        if (errors.any()) {
            assertThat(value).isNull();
        }
        return errors.list();
    }

    private static List<String> summary(List<ValidationError> errors) {
        return errors.stream().map(e -> e.type() + " " + e.loc()).toList();
    }

    @Test
    void aValidBodyBindsWithFallbacks() throws Exception {
        JsonNode node = JSON.readTree("{\"code\":\"abc\",\"quantity\":2,\"boxes\":3,\"notes\":[\"x\"]}");
        Errors errors = new Errors();
        Object value = JsonBinders.forType(Order.class).bind(node, Loc.source("body"), errors);
        assertThat(errors.any()).isFalse();
        assertThat(value).isEqualTo(new Order("abc", 2, 3, List.of("x"), Optional.empty()));
    }

    @Test
    void integralComponentsTakeTheirBoundsAndRefuseOneBeyond() throws Exception {
        assertThat(bind(Widths.class, "{\"b\":127,\"s\":32767,\"i\":2147483647,\"l\":9223372036854775807}"))
                .isEmpty();
        assertThat(bind(Widths.class, "{\"b\":-128,\"s\":-32768,\"i\":-2147483648,\"l\":-9223372036854775808}"))
                .isEmpty();
        assertThat(summary(bind(Widths.class, "{\"b\":128,\"s\":-32769,\"i\":2147483648,\"l\":9223372036854775808}")))
                .containsExactly(
                        "int_parsing_size [body, b]",
                        "int_parsing_size [body, s]",
                        "int_parsing_size [body, i]",
                        "int_parsing_size [body, l]");
    }

    @Test
    void bindingAndConstraintErrorsComeTogetherInComponentOrder() throws Exception {
        List<ValidationError> errors =
                bind(Order.class, "{\"code\":\"ab\",\"boxes\":\"many\",\"notes\":[\"ok\",\" \"],\"comment\":5}");
        assertThat(summary(errors))
                .containsExactly(
                        "string_too_short [body, code]",
                        "missing [body, quantity]",
                        "int_type [body, boxes]",
                        "string_too_short [body, notes, 1]",
                        "string_type [body, comment]");
    }

    @Test
    void aFailureInTheFirstComponentKeepsTheOrder() throws Exception {
        List<ValidationError> errors = bind(Order.class, "{\"code\":1,\"quantity\":\"x\",\"boxes\":11,\"notes\":[]}");
        assertThat(summary(errors))
                .containsExactly(
                        "string_type [body, code]", "int_type [body, quantity]", "less_than_equal [body, boxes]");
    }

    @Test
    void constraintErrorsOfABuiltRecordAreInComponentOrderThenTheGetterOnes() throws Exception {
        assertThat(bind(Window.class, "{\"from\":-1,\"to\":-2}"))
                .extracting(e -> e.type() + " " + e.loc() + " " + e.msg())
                .containsExactly(
                        "greater_than_equal [body, from] Input should be greater than or equal to 0",
                        "greater_than_equal [body, to] Input should be greater than or equal to 0",
                        "value_error [body, ordered] from must not exceed to");
        assertThat(summary(bind(Window.class, "{\"from\":2,\"to\":1}"))).containsExactly("value_error [body, ordered]");
        assertThat(bind(Window.class, "{\"from\":1,\"to\":2}")).isEmpty();
        assertThat(summary(bind(Window.class, "{\"from\":\"x\",\"to\":-2}")))
                .as("a record that could not be built reports no class-level error")
                .containsExactly("int_type [body, from]", "greater_than_equal [body, to]");
    }

    @Test
    void manyConstraintErrorsComeInComponentOrderNotTheValidatorsSetOrder() throws Exception {
        assertThat(bind(
                        Many.class,
                        "{\"zulu\":0,\"alpha\":0,\"mike\":0,\"bravo\":0,\"yankee\":0,\"charlie\":0,"
                                + "\"xray\":0,\"delta\":0}"))
                .extracting(e -> e.loc().get(1))
                .containsExactly("zulu", "alpha", "mike", "bravo", "yankee", "charlie", "xray", "delta");
    }

    @Test
    void aClassLevelErrorComesFirstAtTheRecordsPlace() throws Exception {
        assertThat(bind(Span.class, "{\"from\":-1,\"to\":-2}"))
                .extracting(e -> e.type() + " " + e.loc() + " " + e.msg())
                .containsExactly(
                        "value_error [body] from must not exceed to",
                        "greater_than_equal [body, from] Input should be greater than or equal to 0",
                        "greater_than_equal [body, to] Input should be greater than or equal to 0");
        assertThat(bind(Span.class, "{\"from\":0,\"to\":3}")).isEmpty();
    }

    @Test
    void aNestedRecordsErrorsAppearOnceAtItsPlace() throws Exception {
        assertThat(summary(bind(Shipment.class, "{\"window\":{\"from\":3,\"to\":1},\"carrier\":\"\"}")))
                .containsExactly("value_error [body, window, ordered]", "string_too_short [body, carrier]");
    }

    @Test
    void aRefusingConstructorIsAValueErrorWithItsMessage() throws Exception {
        assertThat(bind(Range.class, "{\"low\":3,\"high\":1}"))
                .containsExactly(new ValidationError("value_error", List.of("body"), "low must not exceed high"));
        assertThat(bind(Range.class, "{\"low\":1,\"high\":1}"))
                .containsExactly(new ValidationError("value_error", List.of("body"), "Invalid Range"));
    }

    @Test
    void aNonObjectIsOneModelTypeError() throws Exception {
        assertThat(bind(Order.class, "[1]"))
                .containsExactly(new ValidationError(
                        "model_type",
                        List.of("body"),
                        "Input should be a valid dictionary or object to extract fields from"));
    }
}
