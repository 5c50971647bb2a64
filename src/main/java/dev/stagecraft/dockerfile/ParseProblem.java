package dev.stagecraft.dockerfile;

/**
 * Something in the file that Docker would reject or that the parser had to guess about.
 *
 * @param line the 1-based line the problem is on
 * @param message what is wrong and what to do about it
 */
public record ParseProblem(int line, String message) {}
