package dev.stagecraft.repl;

import dev.stagecraft.course.ExerciseStatus;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.terminal.MarkdownRenderer;
import dev.stagecraft.terminal.TextWrap;
import java.util.List;
import java.util.Optional;

/** {@code lesson N}: renders a lesson and makes its exercise the current one. */
final class LessonCommand implements ReplCommand {

  @Override
  public String name() {
    return "lesson";
  }

  @Override
  public String usage() {
    return "lesson N";
  }

  @Override
  public String summary() {
    return "read lesson N (number or id)";
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return session.bench().course().lessons().stream().map(Lesson::id).toList();
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    if (args.isEmpty()) {
      session.println("Which lesson? Type `lessons` to see them, then `lesson 1`.");
      return;
    }
    Optional<Lesson> lesson = session.bench().course().lesson(args.get(0));
    if (lesson.isEmpty()) {
      session.println("No lesson '" + args.get(0) + "'. Type `lessons` to see them.");
      return;
    }
    session
        .out()
        .print(
            new MarkdownRenderer()
                .render(
                    session.bench().lessonText().markdown(lesson.get()),
                    session.width(),
                    session.color()));
    session.out().flush();
    session.rememberLesson(lesson.get().id());
    // The lesson's first exercise not passed yet becomes current (or its last, when all are).
    var progress = session.bench().progress().load().progress();
    lesson.get().exerciseIds().stream()
        .filter(id -> progress.status(id) != ExerciseStatus.PASSED)
        .findFirst()
        .or(() -> lesson.get().exerciseIds().stream().reduce((first, last) -> last))
        .flatMap(id -> session.bench().course().exercise(id))
        .ifPresent(session::setCurrentExercise);
    session
        .currentExercise()
        .filter(e -> lesson.get().exerciseIds().contains(e.id()))
        .ifPresent(
            e ->
                session.println(
                    "\n"
                        + String.join(
                            "\n",
                            TextWrap.wrap(
                                "Exercise "
                                    + e.id()
                                    + ": edit "
                                    + session.bench().course().home().relativize(e.dockerfile())
                                    + ", then type `check`.",
                                session.width()))));
  }
}
