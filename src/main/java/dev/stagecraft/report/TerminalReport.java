package dev.stagecraft.report;

import dev.stagecraft.facts.LayerFact;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.ImageSummary;
import dev.stagecraft.grading.Sizes;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Timings;
import dev.stagecraft.lint.Finding;
import dev.stagecraft.terminal.Ansi;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A grade as a learner reads it in the terminal: checks grouped by where their evidence comes from,
 * "expected / actual / hint" under each failure, then the image's size and layers.
 */
public final class TerminalReport {

  private static final int LAYER_ROWS = 12;

  /** A passing check's evidence wraps onto this many lines at most under its title. */
  private static final int EVIDENCE_LINES = 4;

  /** Where size bars start: two spaces and a nine-column label ("reference"), then a space. */
  private static final int BAR_INDENT = 12;

  private final Ansi styles;
  private final int width;

  /**
   * @param color whether to use ANSI colours (off when output is not a terminal)
   * @param width the terminal width; text is wrapped to it
   */
  public TerminalReport(boolean color, int width) {
    this.styles = Ansi.of(color);
    this.width = Math.max(40, width);
  }

  public String render(Grade grade) {
    StringBuilder out = new StringBuilder();
    if (grade.interruption().isPresent()) {
      NotGradedText.lines(grade.interruption().get(), grade.name(), width, styles)
          .forEach(line -> out.append(line).append("\n"));
    } else {
      out.append(headline(grade)).append("\n");
    }
    for (CheckCategory category : CheckCategory.values()) {
      List<CheckResult> inCategory =
          grade.results().stream().filter(r -> r.category() == category).toList();
      if (inCategory.isEmpty()) {
        continue;
      }
      out.append("\n").append(styles.bold(category.heading())).append("\n");
      for (CheckResult result : inCategory) {
        appendCheck(out, result);
      }
    }
    appendAdvice(out, grade.advice());
    grade.image().ifPresent(image -> appendImage(out, image, grade.comparedSizes()));
    out.append("\n");
    for (String line : TextWrap.wrap(timings(grade.timings()), width)) {
      out.append(line.isEmpty() ? "" : styles.dim(line)).append("\n");
    }
    return out.toString();
  }

  private String headline(Grade grade) {
    long failed = grade.count(Status.FAIL) + grade.count(Status.ERROR);
    long skipped = grade.count(Status.SKIPPED);
    long total = grade.results().size();
    if (grade.passed()) {
      return styles.green("✔ " + grade.name() + ": all " + total + " checks pass.");
    }
    if (!grade.engineReachable() && failed == 0) {
      return styles.yellow(
          String.join(
              "\n",
              TextWrap.wrap(
                  "○ "
                      + grade.name()
                      + ": static checks only; the image checks need a Docker engine.",
                  width)));
    }
    // Never "1 of 7 checks fail" when five more were not even tried: say what stopped them.
    String text;
    if (grade.buildFailed()) {
      long others = failed - 1;
      text =
          "the image did not build"
              + (others > 0 ? ", " + others + " more " + checks(others) + " fail" : "")
              + (skipped > 0
                  ? "; " + skipped + " of " + total + " " + checks(total) + " could not run"
                  : "")
              + ".";
    } else {
      text =
          failed
              + " of "
              + total
              + " "
              + checks(total)
              + " fail"
              + (skipped > 0 ? "; " + skipped + " could not run" : "")
              + ".";
    }
    return styles.red(String.join("\n", TextWrap.wrap("✘ " + grade.name() + ": " + text, width)));
  }

  private static String checks(long n) {
    return n == 1 ? "check" : "checks";
  }

  private void appendCheck(StringBuilder out, CheckResult result) {
    String mark =
        switch (result.status()) {
          case PASS -> styles.green("✔");
          case FAIL -> styles.red("✘");
          case SKIPPED -> styles.dim("○");
          case ERROR -> styles.yellow("!");
        };
    String title = fit(safe(result.title()), width - 4);
    if (result.status() == Status.PASS) {
      // The evidence of a pass (a program's output) is wrapped under the title when it does not
      // fit beside it: cutting it would hide exactly the part that shows the app works.
      String actual = safe(result.verdict().actual().orElse("")).replace("\n", " ").strip();
      boolean beside = !actual.isEmpty() && title.length() + 2 + actual.length() <= width - 4;
      out.append("  ")
          .append(mark)
          .append(" ")
          .append(title)
          .append(beside ? styles.dim("  " + actual) : "")
          .append("\n");
      if (!beside && !actual.isEmpty()) {
        List<String> lines = TextWrap.wrap(actual, width - 6);
        for (int i = 0; i < Math.min(lines.size(), EVIDENCE_LINES); i++) {
          String line =
              i == EVIDENCE_LINES - 1 && lines.size() > EVIDENCE_LINES
                  ? fit(lines.get(i) + " …", width - 6)
                  : lines.get(i);
          out.append("      ").append(styles.dim(line)).append("\n");
        }
      }
      return;
    }
    out.append("  ").append(mark).append(" ").append(title).append("\n");
    out.append(wrapped("", safe(result.message())));
    result.verdict().expected().ifPresent(e -> out.append(labelled("expected", safe(e))));
    result.verdict().actual().ifPresent(a -> out.append(labelled("actual", safe(a))));
    result.hint().ifPresent(h -> out.append(labelled("hint", styles.cyan(safe(h)))));
  }

  /**
   * Text from a grade can quote what stagecraft did not write (a container's output, a path in the
   * image, an engine's words): it is made safe before any style of ours is added.
   */
  private static String safe(String text) {
    return ForeignText.forTerminal(text);
  }

  private String labelled(String label, String text) {
    return wrapped(label, text);
  }

  /**
   * Text under a check, indented past its mark, with an optional label ("expected") in a column of
   * its own; continuation lines line up with the text, not the label.
   */
  private String wrapped(String label, String text) {
    String indent = "      ";
    String labelColumn = label.isEmpty() ? "" : TextWrap.padRight(label, 9);
    int textWidth = width - indent.length() - labelColumn.length();
    StringBuilder out = new StringBuilder();
    List<String> lines = TextWrap.wrap(text, textWidth);
    for (int i = 0; i < lines.size(); i++) {
      out.append(indent)
          .append(i == 0 ? styles.dim(labelColumn) : " ".repeat(labelColumn.length()))
          .append(lines.get(i))
          .append("\n");
    }
    return out.toString();
  }

  /** Lint warnings no check grades: advice, set apart from the checks and not counted. */
  private void appendAdvice(StringBuilder out, List<Finding> advice) {
    if (advice.isEmpty()) {
      return;
    }
    out.append("\n")
        .append(styles.bold("Advice"))
        .append(styles.dim("  (not graded; `lint` says why)"))
        .append("\n");
    for (Finding finding : advice) {
      String head = "line " + finding.line() + ": " + safe(finding.message());
      List<String> lines = TextWrap.wrap(head, width - 4);
      for (int i = 0; i < lines.size(); i++) {
        out.append(i == 0 ? "  " + styles.yellow("•") + " " : "    ")
            .append(lines.get(i))
            .append("\n");
      }
      out.append(labelled("fix", safe(finding.fix())));
    }
  }

  private void appendImage(StringBuilder out, ImageSummary image, Map<String, Long> compared) {
    out.append("\n").append(styles.bold("Size")).append("\n");
    long largest = image.sizeBytes();
    for (long size : compared.values()) {
      largest = Math.max(largest, size);
    }
    if (compared.containsKey("starter")) {
      out.append(bar("starter", compared.get("starter"), largest));
    }
    out.append(bar("yours", image.sizeBytes(), largest));
    if (compared.containsKey("reference")) {
      out.append(bar("reference", compared.get("reference"), largest));
    }
    String breakdown =
        "of which "
            + Sizes.megabytes(image.baseBytes())
            + " is the base image and "
            + Sizes.megabytes(image.addedBytes())
            + " your own steps";
    for (String line : TextWrap.wrap(breakdown, width - BAR_INDENT)) {
      out.append(" ".repeat(BAR_INDENT)).append(styles.dim(line)).append("\n");
    }
    if (!image.standIns().isEmpty()) {
      // Stand-ins are Debian-based copies of the official images: a learner comparing with the
      // lesson's "about 50 MB" must know these figures are not the official ones.
      String names =
          String.join(
              ", ",
              image.standIns().stream()
                  .map(s -> image.baseImage().filter(s::equals).isPresent() ? s + " (the base)" : s)
                  .toList());
      String note =
          "local stand-ins here: "
              + names
              + ". Their sizes are not the official images' that the lessons quote (see"
              + " `./stagecraft doctor` in a shell).";
      for (String line : TextWrap.wrap(note, width - BAR_INDENT)) {
        out.append(" ".repeat(BAR_INDENT)).append(styles.yellow(line)).append("\n");
      }
    }

    out.append("\n")
        .append(styles.bold("Layers"))
        .append(styles.dim("  (largest first)"))
        .append("\n");
    List<LayerFact> layers =
        image.layers().stream()
            .filter(l -> l.sizeBytes() > 0)
            .sorted((a, b) -> Long.compare(b.sizeBytes(), a.sizeBytes()))
            .limit(LAYER_ROWS)
            .toList();
    for (LayerFact layer : layers) {
      String size = String.format(Locale.ROOT, "%9s", Sizes.megabytes(layer.sizeBytes()));
      String owner = layer.fromBase() ? styles.dim("base ") : styles.cyan("yours");
      out.append("  ")
          .append(size)
          .append("  ")
          .append(owner)
          .append("  ")
          .append(fit(safe(layer.createdBy()), width - 22))
          .append("\n");
    }
  }

  private String bar(String label, long bytes, long total) {
    int barWidth = Math.max(10, Math.min(40, width - 30));
    int filled = total == 0 ? 0 : (int) Math.round(barWidth * (double) bytes / total);
    String bar = "█".repeat(filled) + "░".repeat(barWidth - filled);
    return String.format(
        Locale.ROOT, "  %-9s %s %s%n", label, styles.cyan(bar), Sizes.megabytes(bytes));
  }

  private static String timings(Timings t) {
    return "analyse "
        + secs(t.analyse())
        + (t.buildReused() ? " · build reused" : " · build " + secs(t.build()))
        + " · inspect "
        + secs(t.gather())
        + " · checks "
        + secs(t.checks())
        + " · total "
        + secs(t.total());
  }

  private static String secs(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
  }

  /** Cuts one-line text to a width, so a 2 KB command line does not flood the report. */
  private static String fit(String text, int max) {
    String oneLine = text.replace("\n", " ");
    if (oneLine.length() <= max) {
      return oneLine;
    }
    return max <= 1 ? "" : oneLine.substring(0, max - 1) + "…";
  }
}
