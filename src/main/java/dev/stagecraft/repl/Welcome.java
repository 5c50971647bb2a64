package dev.stagecraft.repl;

import dev.stagecraft.app.Workbench;

/** The greeting, which also tells a returning learner where they left off. */
final class Welcome {

  private Welcome() {}

  static String text(Workbench bench, ReplSession session) {
    StringBuilder text = new StringBuilder();
    text.append("stagecraft: learn Docker multi-stage builds, graded on a real engine.\n");
    int lessons = bench.course().lessons().size();
    int exercises = bench.course().exercises().size();
    text.append(lessons).append(" lessons, ").append(exercises).append(" exercises. ");
    text.append("Type `help` for commands, `lesson 1` to begin.");
    return text.toString();
  }
}
