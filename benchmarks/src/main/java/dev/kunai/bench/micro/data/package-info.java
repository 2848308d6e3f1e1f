/** Schema-driven reads vs entity loading + mapping ({@link dev.kunai.bench.micro.data.BookReadBenchmark}). */
package dev.kunai.bench.micro.data;
