/**
 * SPI: {@link dev.kunai.contributor.OperationContributor}s change operations while they are defined — inputs
 * that are not handler parameters, documented responses, metadata and result transformers (pagination).
 */
package dev.kunai.contributor;
