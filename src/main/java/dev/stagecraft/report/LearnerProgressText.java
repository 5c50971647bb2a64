package dev.stagecraft.report;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ExerciseProgress;
import dev.stagecraft.course.ExerciseStatus;
import dev.stagecraft.course.Progress;
import dev.stagecraft.grading.Sizes;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A learner's progress in sentences ({@code stagecraft progress}), wrapped to a width. */
public final class LearnerProgressText {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private LearnerProgressText() {}

  public static String render(Course course, Progress progress, int width) {
    List<String> lines = new ArrayList<>();
    List<Exercise> all = course.exercises();
    long passed =
        all.stream().filter(e -> progress.status(e.id()) == ExerciseStatus.PASSED).count();
    long attempted =
        all.stream().filter(e -> progress.status(e.id()) == ExerciseStatus.ATTEMPTED).count();
    lines.addAll(
        TextWrap.wrap(
            "You have passed "
                + passed
                + " of "
                + all.size()
                + " exercises"
                + (attempted > 0 ? " and started " + attempted + " more" : "")
                + ".",
            width));
    List<String> notStarted = new ArrayList<>();
    for (Exercise exercise : all) {
      ExerciseProgress p = progress.exercise(exercise.id());
      if (p.status() == ExerciseStatus.NOT_STARTED) {
        notStarted.add(String.format(Locale.ROOT, "%02d", exercise.number()));
        continue;
      }
      lines.addAll(
          TextWrap.wrap(
              "- " + ForeignText.forTerminal(exercise.id()) + ": " + sentence(exercise, p), width));
    }
    if (!notStarted.isEmpty()) {
      lines.addAll(TextWrap.wrap("Not started yet: " + String.join(", ", notStarted) + ".", width));
    }
    lines.addAll(
        TextWrap.wrap(
            "For instructors: `stagecraft progress export --json` gives the same as JSON.", width));
    return String.join("\n", lines) + "\n";
  }

  private static String sentence(Exercise exercise, ExerciseProgress p) {
    StringBuilder text = new StringBuilder();
    if (p.status() == ExerciseStatus.PASSED) {
      text.append("passed");
      p.passedAt().ifPresent(at -> text.append(" on ").append(when(at)));
    } else {
      text.append("not passed yet");
    }
    text.append(", ").append(plural(p.attempts(), "check"));
    text.append(", ")
        .append(p.hintsRevealed())
        .append(" of ")
        .append(plural(exercise.hints().size(), "hint"))
        .append(" shown");
    if (p.bestSizeBytes().isPresent()) {
      text.append(", smallest passing image ")
          .append(Sizes.megabytes(p.bestSizeBytes().getAsLong()));
    }
    if (p.status() != ExerciseStatus.PASSED) {
      p.lastChecked().ifPresent(at -> text.append(", last checked ").append(when(at)));
    }
    return text.append('.').toString();
  }

  private static String when(Instant at) {
    return WHEN.format(at);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
