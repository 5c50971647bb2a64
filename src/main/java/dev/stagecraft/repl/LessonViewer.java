package dev.stagecraft.repl;

import dev.stagecraft.course.ExerciseStatus;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.course.ReadingPosition;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.Pager;
import java.util.List;
import java.util.Optional;

/**
 * Shows a lesson for {@code lesson}, {@code next}, {@code prev} and {@code goto}: in the pager when
 * it is longer than the screen (remembering where the learner stopped), else printed whole; then
 * the lesson's exercise becomes the current one.
 */
final class LessonViewer {

  private LessonViewer() {}

  /** Shows {@code lesson} from its start, or from {@code resume} when that is in this lesson. */
  static void show(Lesson lesson, Optional<ReadingPosition> resume, ReplSession session) {
    int laidOutFor = session.width();
    List<String> lines = render(lesson, session, laidOutFor);
    Optional<Pager> pager = session.pager().filter(p -> p.needed(lines.size()));
    if (pager.isPresent()) {
      int top =
          resume
              .filter(p -> p.lessonId().equals(lesson.id()))
              .map(p -> p.lineIn(lines.size()))
              .orElse(0);
      // A resize while paging lays the lesson out again for the new width.
      Pager.Stop stop =
          pager
              .get()
              .page(
                  "lesson " + lesson.number(),
                  width -> width == laidOutFor ? lines : render(lesson, session, width),
                  top);
      session.rememberReadingPosition(new ReadingPosition(lesson.id(), stop.top(), stop.lines()));
      String name =
          "Lesson " + lesson.number() + " (" + ForeignText.forTerminal(lesson.title()) + ")";
      session.say(
          stop.end()
              ? name + ": read to the end. `next` opens the next lesson."
              : name
                  + ": you stopped at line "
                  + (stop.top() + 1)
                  + " of "
                  + stop.lines()
                  + ". `lesson` goes on from there.");
    } else {
      session.printLaidOut(lines);
      session.rememberLesson(lesson.id());
    }
    pickExercise(lesson, session);
  }

  private static List<String> render(Lesson lesson, ReplSession session, int width) {
    return session.lessonLayouts().lines(lesson, width, session.color());
  }

  /** The lesson's first exercise not passed yet becomes current (or its last, when all are). */
  private static void pickExercise(Lesson lesson, ReplSession session) {
    var progress = session.bench().progress().load().progress();
    lesson.exerciseIds().stream()
        .filter(id -> progress.status(id) != ExerciseStatus.PASSED)
        .findFirst()
        .or(() -> lesson.exerciseIds().stream().reduce((first, last) -> last))
        .flatMap(id -> session.bench().course().exercise(id))
        .ifPresent(session::setCurrentExercise);
    session
        .currentExercise()
        .filter(e -> lesson.exerciseIds().contains(e.id()))
        .ifPresent(
            e ->
                session.say(
                    "\nExercise "
                        + e.id()
                        + ": edit "
                        + session.bench().course().home().relativize(e.dockerfile())
                        + ", then type `check`."));
  }
}
