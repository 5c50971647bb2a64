package dev.stagecraft.repl;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ExerciseStatus;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.course.Progress;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The greeting, which also tells a returning learner where they left off. */
final class Welcome {

  private Welcome() {}

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String text(Workbench bench, ReplSession session) {
    StringBuilder text = new StringBuilder();
    text.append("stagecraft: learn Docker multi-stage builds, graded on a real engine.\n");
    int lessons = bench.course().lessons().size();
    int exercises = bench.course().exercises().size();
    text.append(count(lessons, "lesson")).append(", ").append(count(exercises, "exercise"));
    text.append(". ");
    var progress = bench.progress().load().progress();
    var exercise = session.currentExercise();
    if (exercise.isPresent() && progress.status(exercise.get().id()) == ExerciseStatus.PASSED) {
      text.append("Welcome back: you passed ")
          .append(exercise.get().id())
          .append(". ")
          .append(whatsNext(bench.course(), exercise.get(), progress));
    } else if (exercise.isPresent()) {
      var status = progress.status(exercise.get().id());
      text.append("Welcome back: you were on ")
          .append(exercise.get().id())
          .append(" (")
          .append(status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .append("). Type `check` to grade it, `hint` for help, `help` for all commands.");
    } else if (progress.currentLesson().isPresent()) {
      text.append("Welcome back: you were reading lesson ")
          .append(progress.currentLesson().get())
          .append(". Type `lesson` to go on where you stopped, `next` for the next lesson, `help`")
          .append(" for commands.");
    } else {
      text.append("Type `help` for commands, `lesson 1` to begin.");
    }
    // Exercise ids and titles come from the course's files, which a course pack's author wrote.
    return String.join(
        "\n", TextWrap.wrap(ForeignText.forTerminal(text.toString()), session.width()));
  }

  /**
   * Where to go once the current exercise passed: the next exercise not passed yet and its lesson,
   * else the next lesson (one without an exercise), else the end of the course. Never "type `check`
   * to grade it" about work that is done.
   */
  static String whatsNext(Course course, Exercise passed, Progress progress) {
    return ForeignText.forTerminal(nextStep(course, passed, progress));
  }

  private static String nextStep(Course course, Exercise passed, Progress progress) {
    List<Exercise> exercises = course.exercises();
    int at = exercises.indexOf(passed);
    Optional<Exercise> next =
        Stream.concat(exercises.stream().skip(at + 1L), exercises.stream().limit(Math.max(0, at)))
            .filter(e -> progress.status(e.id()) != ExerciseStatus.PASSED)
            .findFirst();
    if (next.isPresent()) {
      Optional<Lesson> lesson = next.get().lessonId().flatMap(course::lesson);
      return "Next: "
          + next.get().id()
          + lesson
              .map(
                  l ->
                      ", taught in lesson "
                          + l.number()
                          + " ("
                          + l.title()
                          + "). Type `lesson "
                          + l.number()
                          + "` to read it.")
              .orElse(". Type `check " + next.get().id() + "` to grade it.")
          + " `solution` shows the reference of "
          + passed.id()
          + " to compare with yours.";
    }
    int lessonNumber =
        passed.lessonId().flatMap(course::lesson).map(Lesson::number).orElse(Integer.MAX_VALUE);
    Optional<Lesson> after =
        course.lessons().stream()
            .filter(l -> l.number() > lessonNumber && l.exerciseIds().isEmpty())
            .findFirst();
    if (after.isPresent()) {
      return "Every exercise is passed, so the course is done. Lesson "
          + after.get().number()
          + " ("
          + after.get().title()
          + ") has no exercise: type `lesson "
          + after.get().number()
          + "` to read it.";
    }
    return "Every exercise is passed, so the course is done. `solution N` shows a reference to"
        + " compare with yours; `lessons` lists the lessons to read again.";
  }
}
