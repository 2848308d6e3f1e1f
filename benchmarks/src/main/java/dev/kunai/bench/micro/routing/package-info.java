/** Route matching on a table of ~200 routes ({@link dev.kunai.bench.micro.routing.RouteMatchBenchmark}). */
package dev.kunai.bench.micro.routing;
