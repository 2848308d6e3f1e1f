/** The whole in-process pipeline for the Books endpoints ({@link dev.kunai.bench.micro.pipeline.BooksPipelineBenchmark}). */
package dev.kunai.bench.micro.pipeline;
