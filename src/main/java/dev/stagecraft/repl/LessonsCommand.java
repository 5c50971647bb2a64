package dev.stagecraft.repl;

import dev.stagecraft.course.Lesson;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.util.List;

/** {@code lessons}: the table of contents. */
final class LessonsCommand implements ReplCommand {

  @Override
  public String name() {
    return "lessons";
  }

  @Override
  public String usage() {
    return "lessons";
  }

  @Override
  public String summary() {
    return "list the lessons";
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    for (Lesson lesson : session.bench().course().lessons()) {
      String exercises =
          lesson.exerciseIds().isEmpty()
              ? ""
              : "  (exercise: " + String.join(", ", lesson.exerciseIds()) + ")";
      // Ids and titles come from the course's files, which a course pack's author wrote.
      session.println(
          TextWrap.hanging(
              String.format("  %2d  ", lesson.number()),
              ForeignText.forTerminal(lesson.title()) + exercises,
              session.width()));
    }
    session.println("Type `lesson N` to read one.");
  }
}
