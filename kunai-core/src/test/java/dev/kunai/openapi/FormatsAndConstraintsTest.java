package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.http.HttpMethod;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ResponseModel;
import dev.kunai.testfixtures.OpenApi31Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The format and constraint table of docs/openapi.md, checked. */
class FormatsAndConstraintsTest {

    record Everything(
            Instant instant,
            LocalDateTime local,
            LocalTime time,
            URI uri,
            float ratio,
            BigDecimal amount,
            byte[] blob,
            com.fasterxml.jackson.databind.JsonNode anything,
            @Email String email,
            @NotBlank String name,
            @NotEmpty List<String> labels,
            @Positive int positive,
            @PositiveOrZero long zeroOrMore,
            @DecimalMax(value = "9.5", inclusive = false) double below) {}

    static JsonNode properties;

    @BeforeAll
    static void generate() throws Exception {
        OperationModel operation = new OperationModel(
                "everything",
                HttpMethod.GET,
                "/everything",
                "Everything",
                Optional.empty(),
                List.of(),
                false,
                List.of(),
                Optional.empty(),
                List.of(new ResponseModel(200, Optional.of(Everything.class), "application/json", "")),
                Fixtures.BookController.class,
                Fixtures.BookController.class.getMethod("ping"));
        OpenApiDocument document = OpenApi.generate(KunaiApi.builder().build(), List.of(operation));
        assertThat(OpenApi31Schema.problems(document.toJson(false))).isEmpty();
        properties = document.at("/components/schemas/Everything/properties");
    }

    @Test
    void formats() {
        assertThat(properties.at("/instant/format").asText()).isEqualTo("date-time");
        assertThat(properties.at("/local/format").asText()).isEqualTo("date-time");
        assertThat(properties.at("/time/format").asText()).isEqualTo("time");
        assertThat(properties.at("/uri/format").asText()).isEqualTo("uri");
        assertThat(properties.at("/ratio/format").asText()).isEqualTo("float");
        assertThat(properties.at("/amount").toString()).isEqualTo("{\"type\":\"number\"}");
        assertThat(properties.at("/blob").toString()).isEqualTo("{\"type\":\"string\",\"contentEncoding\":\"base64\"}");
        assertThat(properties.at("/anything").toString()).isEqualTo("{}");
    }

    @Test
    void constraints() {
        assertThat(properties.at("/email/format").asText()).isEqualTo("email");
        assertThat(properties.at("/name/minLength").asInt()).isEqualTo(1);
        assertThat(properties.at("/labels/minItems").asInt()).isEqualTo(1);
        assertThat(properties.at("/positive/exclusiveMinimum").asInt()).isZero();
        assertThat(properties.at("/zeroOrMore/minimum").asInt()).isZero();
        assertThat(properties.at("/below/exclusiveMaximum").decimalValue()).isEqualByComparingTo("9.5");
    }
}
