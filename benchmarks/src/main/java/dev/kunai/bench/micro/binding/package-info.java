/** Binding + validation of the Books create payload ({@link dev.kunai.bench.micro.binding.BindValidateBenchmark}). */
package dev.kunai.bench.micro.binding;
