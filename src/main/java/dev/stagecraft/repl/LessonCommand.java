package dev.stagecraft.repl;

import dev.stagecraft.course.Lesson;
import java.util.List;
import java.util.Optional;

/**
 * {@code lesson [N]}: renders a lesson and makes its exercise the current one; with no number it
 * goes on with the current lesson where the learner stopped reading.
 */
final class LessonCommand implements ReplCommand {

  @Override
  public String name() {
    return "lesson";
  }

  @Override
  public String usage() {
    return "lesson [N]";
  }

  @Override
  public String summary() {
    return "read lesson N (number or id); alone, go on where you stopped";
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return session.bench().course().lessons().stream().map(Lesson::id).toList();
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    if (args.isEmpty()) {
      Optional<Lesson> current = session.currentLesson();
      if (current.isEmpty()) {
        session.say("Which lesson? Type `lessons` to see them, then `lesson 1`.");
        return;
      }
      LessonViewer.show(
          current.get(), session.bench().progress().load().progress().readingPosition(), session);
      return;
    }
    Optional<Lesson> lesson = session.bench().course().lesson(args.get(0));
    if (lesson.isEmpty()) {
      session.say("No lesson '" + args.get(0) + "'. Type `lessons` to see them.");
      return;
    }
    LessonViewer.show(lesson.get(), Optional.empty(), session);
  }
}
