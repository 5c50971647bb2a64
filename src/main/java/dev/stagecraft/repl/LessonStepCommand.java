package dev.stagecraft.repl;

import dev.stagecraft.course.Lesson;
import dev.stagecraft.terminal.ForeignText;
import java.util.List;
import java.util.Optional;

/**
 * {@code next} and {@code prev}: the lesson after or before the current one, in course order, shown
 * as {@code lesson N} shows it. One class for both, since they differ only in direction.
 */
final class LessonStepCommand implements ReplCommand {

  private final int step;

  private LessonStepCommand(int step) {
    this.step = step;
  }

  /** {@code next}. */
  static LessonStepCommand next() {
    return new LessonStepCommand(1);
  }

  /** {@code prev}. */
  static LessonStepCommand previous() {
    return new LessonStepCommand(-1);
  }

  @Override
  public String name() {
    return step > 0 ? "next" : "prev";
  }

  @Override
  public String usage() {
    return name();
  }

  @Override
  public String summary() {
    return step > 0 ? "read the next lesson" : "read the previous lesson";
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    List<Lesson> lessons = session.bench().course().lessons();
    if (lessons.isEmpty()) {
      session.say("This course has no lessons.");
      return;
    }
    Optional<Lesson> current = session.currentLesson();
    if (current.isEmpty()) {
      if (step > 0) {
        session.say("Starting at the first lesson.");
        LessonViewer.show(lessons.get(0), Optional.empty(), session);
      } else {
        session.say(
            "No previous lesson: you have not opened one yet. Type `next` or `lesson 1` to begin.");
      }
      return;
    }
    int at = lessons.indexOf(current.get());
    int target = at + step;
    if (target < 0) {
      session.say(
          "Lesson "
              + current.get().number()
              + " ("
              + ForeignText.forTerminal(current.get().title())
              + ") is the first lesson; there is no previous one."
              + (lessons.size() > 1
                  ? " `next` goes on to lesson " + lessons.get(1).number() + "."
                  : ""));
      return;
    }
    if (target >= lessons.size()) {
      session.say(
          "Lesson "
              + current.get().number()
              + " ("
              + ForeignText.forTerminal(current.get().title())
              + ") is the last lesson; there is no next one. `exercises` shows what is left to"
              + " pass, `lessons` lists every lesson.");
      return;
    }
    LessonViewer.show(lessons.get(target), Optional.empty(), session);
  }
}
