/**
 * The Books HTTP contract every benchmark target serves (records as on the wire) and the seed data set.
 */
package dev.kunai.bench.books;
