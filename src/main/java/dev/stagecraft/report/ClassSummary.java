package dev.stagecraft.report;

import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The terminal's view of a graded class: who passed what (a grid of learners by exercises that fits
 * the width), the room's most common failing checks, and why each broken submission could not be
 * graded. Learner names, reasons and check titles are foreign text and reach the terminal only
 * through {@link ForeignText}. Plain text: it reads the same in a pipe and with NO_COLOR.
 */
public final class ClassSummary {

  private static final int CELL = 6;
  private static final int MIN_NAME = 12;
  private static final int MOST_COMMON = 5;

  private final int width;

  public ClassSummary(int width) {
    this.width = Math.max(40, width);
  }

  public String render(List<String> exercises, List<SubmissionResult> results) {
    StringBuilder out = new StringBuilder();
    out.append(
            fit(
                results.size()
                    + " submissions: "
                    + count(results, SubmissionStatus.PASS)
                    + " pass, "
                    + count(results, SubmissionStatus.FAIL)
                    + " fail, "
                    + count(results, SubmissionStatus.BROKEN)
                    + " broken"
                    + cachedNote(results),
                width))
        .append("\n\n");
    List<String> learners =
        new ArrayList<>(new LinkedHashSet<>(results.stream().map(r -> r.learner()).toList()));
    int perGrid = Math.max(1, (width - MIN_NAME) / (CELL + 2));
    for (int from = 0; from < exercises.size(); from += perGrid) {
      grid(
          out,
          exercises.subList(from, Math.min(exercises.size(), from + perGrid)),
          learners,
          results);
    }
    for (String exercise : exercises) {
      out.append(fit("  " + header(exercise) + " = " + safe(exercise), width)).append('\n');
    }
    commonFailures(out, results);
    broken(out, results);
    return out.toString();
  }

  private void grid(
      StringBuilder out,
      List<String> exercises,
      List<String> learners,
      List<SubmissionResult> results) {
    int longest = learners.stream().mapToInt(l -> TextWrap.displayWidth(safe(l))).max().orElse(0);
    int nameWidth = Math.max(MIN_NAME, Math.min(longest, width - exercises.size() * (CELL + 2)));
    StringBuilder head = new StringBuilder(TextWrap.padRight("learner", nameWidth));
    for (String exercise : exercises) {
      head.append("  ").append(TextWrap.padRight(header(exercise), CELL));
    }
    out.append(head.toString().stripTrailing()).append('\n');
    for (String learner : learners) {
      StringBuilder line =
          new StringBuilder(TextWrap.padRight(fit(safe(learner), nameWidth), nameWidth));
      for (String exercise : exercises) {
        String cell =
            find(results, learner, exercise)
                .map(r -> r.status() == SubmissionStatus.FAIL ? "FAIL" : r.status().label())
                .orElse("-");
        line.append("  ").append(TextWrap.padRight(cell, CELL));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append('\n');
  }

  private void commonFailures(StringBuilder out, List<SubmissionResult> results) {
    List<CommonFailures.Failure> failures = CommonFailures.of(results);
    if (failures.isEmpty()) {
      return;
    }
    out.append("\nMost common failing checks\n");
    for (CommonFailures.Failure f : failures.subList(0, Math.min(MOST_COMMON, failures.size()))) {
      String label = String.format("  %3d × ", f.learners());
      out.append(
              TextWrap.hanging(
                  label,
                  header(f.exercise()) + " " + safe(f.checkId()) + ": " + safe(f.title()),
                  width))
          .append('\n');
    }
  }

  private void broken(StringBuilder out, List<SubmissionResult> results) {
    List<SubmissionResult> broken =
        results.stream().filter(r -> r.status() == SubmissionStatus.BROKEN).toList();
    if (broken.isEmpty()) {
      return;
    }
    out.append("\nBroken submissions (not graded)\n");
    for (SubmissionResult r : broken) {
      String label = "  " + fit(safe(r.learner()), width / 3) + " " + header(r.exercise()) + ": ";
      // A reason may be a tool's whole output: a few lines say enough, the JSON has all of it.
      out.append(TextWrap.hanging(label, fit(safe(r.reason()), 3 * width), width)).append('\n');
    }
  }

  /** An exercise's column title: its number ("02"), or the id when it has none. */
  private static String header(String exercise) {
    int dash = exercise.indexOf('-');
    String number = dash > 0 ? exercise.substring(0, dash) : exercise;
    return fit(safe(number), CELL);
  }

  /** Foreign text on one line: escape sequences shown, line breaks shown as \n. */
  static String safe(String text) {
    return ForeignText.forTerminal(text).replace("\n", "\\n").replace("\t", " ");
  }

  /** {@code text} cut to {@code columns} display columns, with … when cut. */
  static String fit(String text, int columns) {
    if (TextWrap.displayWidth(text) <= columns) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int w = TextWrap.displayWidth(new String(Character.toChars(c)));
      if (used + w > columns - 1) {
        break;
      }
      out.appendCodePoint(c);
      used += w;
      i += Character.charCount(c);
    }
    return out.append('…').toString();
  }

  private static Optional<SubmissionResult> find(
      List<SubmissionResult> results, String learner, String exercise) {
    return results.stream()
        .filter(r -> r.learner().equals(learner) && r.exercise().equals(exercise))
        .findFirst();
  }

  private static long count(List<SubmissionResult> results, SubmissionStatus status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  private static String cachedNote(List<SubmissionResult> results) {
    long cached = results.stream().filter(SubmissionResult::cached).count();
    return cached == 0 ? "" : " (" + cached + " unchanged, reused)";
  }
}
