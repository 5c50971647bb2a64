package dev.stagecraft.repl;

import dev.stagecraft.course.Drill;
import dev.stagecraft.course.DrillBest;
import dev.stagecraft.practice.DrillResult;
import dev.stagecraft.practice.DrillRun;
import dev.stagecraft.practice.DrillScore;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How drills read on the terminal: the list with best scores, a drill's brief, and a graded
 * attempt's time and score. Drill files may come from a course pack, so their text is made safe.
 */
final class DrillText {

  private DrillText() {}

  /** One line per drill: id, title, time limit and the best score so far. */
  static String list(
      List<Drill> drills, java.util.function.Function<String, DrillBest> bests, int width) {
    List<String> lines = new ArrayList<>();
    for (Drill drill : drills) {
      DrillBest best = bests.apply(drill.id());
      String record =
          best.attempts() == 0
              ? "not tried"
              : "best "
                  + best.bestScore()
                  + "/"
                  + DrillScore.MAX
                  + best.fastestPassSeconds().stream()
                      .mapToObj(s -> ", fixed in " + clock(Duration.ofSeconds(s)))
                      .findFirst()
                      .orElse("");
      lines.add("  " + safe(drill.id()));
      lines.add(
          TextWrap.hanging(
              "      ",
              safe(drill.title()) + " (" + drill.timeLimit().toMinutes() + " min; " + record + ")",
              width));
    }
    return String.join("\n", lines);
  }

  /** The drill's title, exercise, time limit, brief, and the file to edit. */
  static String brief(Drill drill, Path home, Path workingFile, int width) {
    List<String> lines = new ArrayList<>();
    lines.addAll(TextWrap.wrap("Drill " + safe(drill.id()) + ": " + safe(drill.title()), width));
    lines.addAll(
        TextWrap.wrap(
            "Exercise "
                + drill.exerciseId()
                + " · "
                + drill.timeLimit().toMinutes()
                + " minutes for the time bonus. The clock is running.",
            width));
    lines.add("");
    lines.addAll(TextWrap.wrap(safe(drill.brief()), width));
    lines.add("");
    lines.add("Edit this file:");
    lines.addAll(TextWrap.wrap("  " + safe(home.relativize(workingFile).toString()), width));
    lines.addAll(
        TextWrap.wrap(
            "Then type `check` to grade it (the clock keeps running), `done` to hand it in as it"
                + " is, `brief` to read this again, or `quit` to leave the drill.",
            width));
    return String.join("\n", lines);
  }

  /** "5 of 7 checks pass · 2:13 · score 71/150", then whether it was fixed, and the best. */
  static String result(DrillResult result, int width) {
    StringBuilder line =
        new StringBuilder()
            .append(result.passed())
            .append(" of ")
            .append(result.total())
            .append(" checks pass · ")
            .append(clock(result.elapsed()))
            .append(result.withinLimit() ? "" : " (over the time limit)")
            .append(" · score ")
            .append(result.score())
            .append("/")
            .append(DrillScore.MAX)
            .append(".");
    if (result.fixed()) {
      line.append(" Fixed!");
    }
    line.append(result.newBest() ? " A new best." : " Best: " + result.best().bestScore() + ".");
    return String.join("\n", TextWrap.wrap(line.toString(), width));
  }

  /** For the prompt: the time left ({@code 4:59}), or how far past the limit ({@code +0:12}). */
  static String timeLeft(DrillRun run, java.time.Instant now) {
    Duration left = run.drill().timeLimit().minus(run.elapsed(now));
    return left.isNegative() ? "+" + clock(left.negated()) : clock(left);
  }

  /** One progress line cut to the terminal's width (a build step can be long). */
  static String fit(String line, int width) {
    if (TextWrap.displayWidth(line) <= width) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      String next = new String(Character.toChars(cp));
      if (TextWrap.displayWidth(out + next) > width - 1) {
        break;
      }
      out.append(next);
      i += Character.charCount(cp);
    }
    return out + "…";
  }

  /** A duration as m:ss. */
  static String clock(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    return String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  private static String safe(String text) {
    return ForeignText.forTerminal(text).replace('\n', ' ');
  }
}
