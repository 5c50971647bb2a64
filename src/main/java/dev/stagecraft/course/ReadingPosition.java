package dev.stagecraft.course;

/**
 * Where the learner stopped reading a lesson in the pager: the line at the top of the screen, out
 * of how many lines the lesson had when laid out at that width. A later session at another width
 * lays the lesson out to another length, so the position is scaled by {@link #lineIn(int)}.
 *
 * @param lessonId the lesson
 * @param line the first line shown, counted from 0
 * @param lines how many lines the lesson had then
 */
public record ReadingPosition(String lessonId, int line, int lines) {

  public ReadingPosition {
    if (lessonId == null || lessonId.isBlank()) {
      throw new IllegalArgumentException("a reading position names its lesson");
    }
    if (line < 0 || lines < 1 || line >= lines) {
      throw new IllegalArgumentException(
          "a reading position is a line from 0 to lines - 1, not " + line + " of " + lines);
    }
  }

  /** The same place in the lesson laid out to {@code total} lines (0 when it is empty). */
  public int lineIn(int total) {
    if (total <= 0) {
      return 0;
    }
    if (total == lines) {
      return line;
    }
    return (int) Math.min(total - 1L, (long) line * total / lines);
  }
}
