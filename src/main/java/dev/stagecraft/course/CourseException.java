package dev.stagecraft.course;

import java.util.Optional;

/**
 * The course on disk cannot be used as it is. The message names the file, the line and the key at
 * fault and says what to do, so it can be shown to an author or learner as it stands.
 */
public final class CourseException extends Exception {

  private final String source;
  private final int line;

  /**
   * A problem at a known place.
   *
   * @param source the file, relative to the course home where possible
   * @param line the 1-based line, or 0 when the problem is the file as a whole
   * @param problem what is wrong and what to do, without the location
   */
  public CourseException(String source, int line, String problem) {
    super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** A problem at a known place, caused by a lower-level failure such as an unreadable file. */
  public CourseException(String source, int line, String problem, Throwable cause) {
    this(source, line, problem);
    initCause(cause);
  }

  /** The file at fault, relative to the course home where possible. */
  public String source() {
    return source;
  }

  /** The 1-based line at fault, when the problem has one. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }
}
