package dev.kunai.validation;

import java.util.List;

/**
 * One problem with a request value, in Django Ninja's (pydantic's) shape:
 * {@code {"type": "missing", "loc": ["body", "payload", "title"], "msg": "Field required"}}.
 *
 * @param type a stable machine-readable kind ({@code missing}, {@code string_type}, {@code string_too_long}, ...)
 * @param loc  where: the source ({@code path}, {@code query}, {@code header}, {@code cookie}, {@code body},
 *             {@code form}, {@code file}), the parameter name, then field names and list indices
 * @param msg  a human-readable message
 */
public record ValidationError(String type, List<Object> loc, String msg) {}
