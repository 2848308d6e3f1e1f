/**
 * Kunai's single Jackson configuration, shared by binding, responses and the OpenAPI document.
 */
package dev.kunai.json;
