/**
 * The request pipeline: compiles each operation once at start-up (stages, argument binders, response writer) and
 * dispatches each request through it, mapping every client mistake to a 4xx in Kunai's error format.
 */
package dev.kunai.pipeline;
