/**
 * SPI: the named stages an operation runs before binding its inputs ({@link dev.kunai.stage.StageSlot}:
 * auth → permissions → throttle → before-bind), created per operation at start-up by
 * {@link dev.kunai.stage.OperationStage} factories. See {@code docs/extending.md}.
 */
package dev.kunai.stage;
