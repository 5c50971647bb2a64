package dev.stagecraft.repl;

import dev.stagecraft.app.Workbench;

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
    if (exercise.isPresent()) {
      var status = progress.status(exercise.get().id());
      text.append("Welcome back: you were on ")
          .append(exercise.get().id())
          .append(" (")
          .append(status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .append("). Type `check` to grade it, `hint` for help, `help` for all commands.");
    } else if (progress.currentLesson().isPresent()) {
      text.append("Welcome back: you were reading lesson ")
          .append(progress.currentLesson().get())
          .append(". Type `lesson ")
          .append(progress.currentLesson().get())
          .append("` to go on, `help` for commands.");
    } else {
      text.append("Type `help` for commands, `lesson 1` to begin.");
    }
    return text.toString();
  }
}
