/**
 * The Kunai target of the load harness: the Books example app plus a hello endpoint, seeded like the baseline.
 */
package dev.kunai.bench.kunai;
