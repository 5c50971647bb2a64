package dev.stagecraft.dockerfile;

/**
 * A comment line outside parser directives and heredoc bodies, kept for inline suppressions.
 *
 * @param line the 1-based line
 * @param text the text after {@code #}, trimmed
 */
public record Comment(int line, String text) {}
