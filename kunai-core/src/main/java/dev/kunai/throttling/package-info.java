/**
 * Rate limiting (Django Ninja's throttles): anonymous, per-user and per-scope token buckets, the client address behind
 * trusted proxies, and the store that keeps the buckets (in memory by default). A refused request is a 429.
 */
package dev.kunai.throttling;
