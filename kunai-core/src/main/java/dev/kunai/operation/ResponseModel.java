package dev.kunai.operation;

import java.lang.reflect.Type;
import java.util.Optional;

/**
 * One documented response of an operation.
 *
 * @param status      the status code
 * @param type        the body type; empty when the response has no body (e.g. 204)
 * @param mediaType   the body's content type
 * @param description what the response means
 */
public record ResponseModel(int status, Optional<Type> type, String mediaType, String description) {}
