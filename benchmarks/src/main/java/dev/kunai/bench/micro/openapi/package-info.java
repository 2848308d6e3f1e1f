/** OpenAPI document generation for 200 operations ({@link dev.kunai.bench.micro.openapi.OpenApiBenchmark}). */
package dev.kunai.bench.micro.openapi;
