/**
 * Redis-backed stores shared by every instance of an application (Lettuce): the connection, its settings, and the
 * throttle store whose buckets live in Redis.
 */
package dev.kunai.redis;
