/**
 * URL routing: path templates, strict percent-decoding (RFC 3986), Kunai's rules for ambiguous paths, and a trie router
 * whose matching time grows with the path's length, not the number of routes.
 */
package dev.kunai.routing;
