/**
 * The 50 generated controllers of the 50-controller start-up app (written by
 * {@code benchmarks/generate-controllers.sh}, committed as source): each an in-memory resource with four
 * operations (list with query parameters, get by id, create with a validated body, delete) and two schemas.
 */
package dev.kunai.bench.startup.controllers;
