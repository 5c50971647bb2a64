package dev.stagecraft.grading.checks;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The image starts its program in exec form ({@code CMD ["/app"]}), so the program is PID 1 and
 * receives SIGTERM on {@code docker stop}; in shell form a shell sits in between and the program is
 * killed after the grace period. The image config shows a shell form as {@code ["/bin/sh", "-c",
 * ...]}; the Dockerfile tells which line wrote it.
 */
public record ExecFormCheck() implements ImageCheck {

  public static ExecFormCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly();
    return new ExecFormCheck();
  }

  @Override
  public Set<String> lintRulesGraded() {
    return Set.of("shell-form-cmd", "shell-form-entrypoint");
  }

  @Override
  public String type() {
    return "exec-form";
  }

  @Override
  public String title() {
    return "ENTRYPOINT and CMD use the exec form";
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    List<String> entrypoint = image.config().entrypoint();
    List<String> cmd = image.config().cmd();
    // A shell-form CMD under an ENTRYPOINT is wrong too: "/bin/sh -c ..." become its arguments.
    boolean entrypointShell = isShellForm(entrypoint);
    boolean cmdShell = isShellForm(cmd);
    String actual = "ENTRYPOINT " + show(entrypoint) + ", CMD " + show(cmd);
    if (!entrypointShell && !cmdShell) {
      return Verdict.pass("The program starts in exec form.", actual);
    }
    List<String> where = new ArrayList<>();
    if (entrypointShell) {
      where.add(lineOf(context.stages(), "ENTRYPOINT"));
    }
    if (cmdShell) {
      where.add(lineOf(context.stages(), "CMD"));
    }
    return Verdict.fail(
        String.join("; ", where)
            + ": write it as a JSON array, e.g. CMD [\"/app\"], so the program gets signals.",
        "exec form, e.g. [\"/app\"]",
        actual);
  }

  /** Shells that would stand between the engine and the program as PID 1. */
  private static final java.util.Set<String> SHELLS =
      java.util.Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

  /**
   * How Docker records a shell-form instruction (the shell, its flag, then the command line), and
   * the same written out as a JSON array in any spelling: {@code ["sh", "-c", "..."]}, {@code
   * ["/bin/ash", "-ec", "..."]}, {@code ["/usr/bin/env", "bash", "-c", "..."]}. In each, the shell
   * is PID 1 and the program does not get the stop signal.
   */
  static boolean isShellForm(List<String> command) {
    int at = 0;
    if (!command.isEmpty() && baseName(command.get(0)).equals("env")) {
      at = 1;
    }
    if (command.size() < at + 3 || !SHELLS.contains(baseName(command.get(at)))) {
      return false;
    }
    String flag = command.get(at + 1);
    return flag.startsWith("-") && !flag.startsWith("--") && flag.indexOf('c') > 0;
  }

  private static String baseName(String program) {
    return program.substring(program.lastIndexOf('/') + 1);
  }

  private static String lineOf(StageGraph graph, String keyword) {
    Optional<Stage> stage = graph.finalStage();
    while (stage.isPresent()) {
      List<Instruction> found = stage.get().instructions(keyword);
      if (!found.isEmpty()) {
        Instruction last = found.get(found.size() - 1);
        return "line " + last.line() + ": " + keyword + " is in shell form";
      }
      stage = graph.parentStage(stage.get());
    }
    return keyword + " comes from the base image in shell form; set your own";
  }

  private static String show(List<String> command) {
    if (command.isEmpty()) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < command.size(); i++) {
      out.append(i == 0 ? "" : ", ").append('"').append(command.get(i)).append('"');
    }
    return out.append(']').toString();
  }
}
