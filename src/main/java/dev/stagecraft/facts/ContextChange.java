package dev.stagecraft.facts;

/**
 * An edit a check makes to a copy of the build context before building it again: {@code append} is
 * added at the end of {@code file}, a path relative to the context. The learner's folder is never
 * touched.
 */
public record ContextChange(String file, String append) {

  /** An empty line at the end of a source file: every language ignores it, the build sees it. */
  public static ContextChange touch(String file) {
    return new ContextChange(file, "\n");
  }

  /** "greet_test.go changed": for progress lines and verdicts. */
  public String describe() {
    return file + " changed";
  }
}
