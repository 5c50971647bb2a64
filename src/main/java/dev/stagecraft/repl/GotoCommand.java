package dev.stagecraft.repl;

import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.terminal.ForeignText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code goto N|ID}: a lesson (by number, id or slug), shown as {@code lesson} shows it, or an
 * exercise (by id or slug), which becomes the current one. A number names a lesson: lesson N leads
 * to exercise N wherever both exist, so nothing is lost.
 */
final class GotoCommand implements ReplCommand {

  @Override
  public String name() {
    return "goto";
  }

  @Override
  public String usage() {
    return "goto N|ID";
  }

  @Override
  public String summary() {
    return "go to lesson N, or to a lesson or exercise by its id";
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return Stream.concat(
            session.bench().course().lessons().stream().map(Lesson::id),
            session.exerciseIds().stream())
        .distinct()
        .toList();
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    if (args.isEmpty()) {
      session.say(
          "Go where? `goto 3` opens lesson 3; `goto "
              + firstExerciseId(session)
              + "` makes that exercise the current one.");
      return;
    }
    String wanted = args.get(0);
    Optional<Lesson> lesson = session.bench().course().lesson(wanted);
    if (lesson.isPresent()) {
      LessonViewer.show(lesson.get(), Optional.empty(), session);
      return;
    }
    Optional<Exercise> exercise = session.bench().course().exercise(wanted);
    if (exercise.isPresent()) {
      goToExercise(exercise.get(), session);
      return;
    }
    session.say(unknown(wanted, session));
  }

  private static void goToExercise(Exercise exercise, ReplSession session) {
    session.setCurrentExercise(exercise);
    Optional<Lesson> lesson = exercise.lessonId().flatMap(session.bench().course()::lesson);
    lesson.ifPresent(l -> session.rememberLesson(l.id()));
    String status =
        session
            .bench()
            .progress()
            .load()
            .progress()
            .status(exercise.id())
            .jsonName()
            .replace('_', ' ');
    session.say(
        "Exercise "
            + exercise.id()
            + ": "
            + ForeignText.forTerminal(exercise.title())
            + " ("
            + status
            + ")."
            + (exercise.summary().isBlank()
                ? ""
                : " " + ForeignText.forTerminal(exercise.summary()))
            + " Edit "
            + session.bench().course().home().relativize(exercise.dockerfile())
            + ", then type `check`."
            + lesson
                .map(
                    l ->
                        " Lesson "
                            + l.number()
                            + " ("
                            + ForeignText.forTerminal(l.title())
                            + ") teaches it: type `lesson` to read it.")
                .orElse(""));
  }

  /** Says that nothing goes by {@code name}, and the ways there are to name a place. */
  private static String unknown(String name, ReplSession session) {
    List<Lesson> lessons = session.bench().course().lessons();
    String lessonExample =
        lessons.isEmpty()
            ? ""
            : " a lesson by its number or id (`goto "
                + lessons.get(0).number()
                + "`, `goto "
                + lessons.get(0).id()
                + "`)";
    String exerciseExample =
        session.exerciseIds().isEmpty()
            ? ""
            : " an exercise by its id or slug (`goto " + firstExerciseId(session) + "`)";
    return "No lesson or exercise '"
        + ForeignText.forTerminal(name)
        + "'. Name"
        + lessonExample
        + (lessonExample.isEmpty() || exerciseExample.isEmpty() ? "" : " or")
        + exerciseExample
        + ". `lessons` lists the lessons. Exercises: "
        + String.join(", ", session.exerciseIds())
        + ".";
  }

  private static String firstExerciseId(ReplSession session) {
    return session.exerciseIds().stream().findFirst().orElse("EXERCISE");
  }
}
