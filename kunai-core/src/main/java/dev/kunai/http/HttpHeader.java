package dev.kunai.http;

/** One header line: a name and a value. */
public record HttpHeader(String name, String value) {}
