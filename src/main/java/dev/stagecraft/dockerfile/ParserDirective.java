package dev.stagecraft.dockerfile;

/**
 * A parser directive at the top of the file, such as {@code # syntax=docker/dockerfile:1}.
 *
 * @param name lower-case directive name: {@code syntax}, {@code escape} or {@code check}
 * @param value the value as written, trimmed
 * @param line the 1-based line
 */
public record ParserDirective(String name, String value, int line) {}
