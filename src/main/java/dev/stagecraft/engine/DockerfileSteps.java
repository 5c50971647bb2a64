package dev.stagecraft.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each instruction of a Dockerfile starts, so that a builder's step can be turned into a line
 * number. The classic builder numbers every instruction from the top, global ARGs included ("Step
 * 5/7"); Podman's numbers them within each stage ("[2/3] STEP 1/4"), which {@link #stepOfStage}
 * turns into the same global number. Steps past the last instruction (the LABEL steps both builders
 * append, one per build label) have no line.
 *
 * <p>This is a deliberately small scan (comments, blank lines, continuations, the escape
 * directive), not a parser: the engine has already accepted the text when steps are numbered.
 */
final class DockerfileSteps {

  private static final Pattern ESCAPE_DIRECTIVE =
      Pattern.compile("^#\\s*escape\\s*=\\s*(\\S)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_DIRECTIVE = Pattern.compile("^#\\s*[a-zA-Z_]+\\s*=.*$");
  private static final Pattern LINE_IN_ERROR = Pattern.compile("(?i)\\bline\\s+(\\d+)\\b");

  private static final Pattern FROM_AS =
      Pattern.compile(
          "^FROM\\s+(?:--\\S+\\s+)*\\S+\\s+AS\\s+(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

  private static final Pattern FROM_BASE =
      Pattern.compile("^FROM\\s+(?:--\\S+\\s+)*(\\S+).*$", Pattern.CASE_INSENSITIVE);

  /** The instructions BuildKit runs as steps of their own; the others only change the config. */
  private static final java.util.Set<String> BUILDKIT_STEPS =
      java.util.Set.of("RUN", "COPY", "ADD", "WORKDIR");

  /**
   * Where an instruction starts, its keyword, the stage name when it is {@code FROM ... AS name},
   * and for FROM the base it names.
   */
  private record Instruction(
      int line, String keyword, Optional<String> stageName, Optional<String> base) {
    boolean from() {
      return keyword.equals("FROM");
    }
  }

  private final List<Instruction> instructions;

  private DockerfileSteps(List<Instruction> instructions) {
    this.instructions = List.copyOf(instructions);
  }

  static DockerfileSteps scan(String text) {
    String[] lines = text.split("\\R", -1);
    char escape = '\\';
    int i = 0;
    // Parser directives come first, before any comment, blank line or instruction.
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      Matcher escapeMatch = ESCAPE_DIRECTIVE.matcher(line);
      if (escapeMatch.matches()) {
        escape = escapeMatch.group(1).charAt(0);
      } else if (!ANY_DIRECTIVE.matcher(line).matches()) {
        break;
      }
    }
    List<Instruction> found = new ArrayList<>();
    boolean continuing = false;
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        // Inside a continued instruction, comments and blank lines are skipped, not ends.
        continue;
      }
      if (!continuing) {
        String keyword = line.split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
        Matcher named = FROM_AS.matcher(line);
        Matcher base = FROM_BASE.matcher(line);
        found.add(
            new Instruction(
                i + 1,
                keyword,
                named.matches() ? Optional.of(named.group(1)) : Optional.empty(),
                base.matches() ? Optional.of(base.group(1)) : Optional.empty()));
      }
      continuing = line.charAt(line.length() - 1) == escape;
    }
    return new DockerfileSteps(found);
  }

  /**
   * The instructions the classic builder runs when asked to stop at stage {@code target}: all up to
   * the end of that stage (it numbers only those). Unchanged when no stage has that name.
   */
  DockerfileSteps upToStage(String target) {
    for (int k = 0; k < instructions.size(); k++) {
      boolean isTarget =
          instructions.get(k).stageName().filter(name -> name.equalsIgnoreCase(target)).isPresent();
      if (isTarget) {
        int end = k + 1;
        while (end < instructions.size() && !instructions.get(end).from()) {
          end++;
        }
        return new DockerfileSteps(instructions.subList(0, end));
      }
    }
    return this;
  }

  /**
   * The 1-based place of the stage called {@code name} (stage names are case-insensitive), or empty
   * when no stage has that name.
   */
  Optional<Integer> stageNamed(String name) {
    int seen = 0;
    for (Instruction instruction : instructions) {
      if (instruction.from()) {
        seen++;
        if (instruction.stageName().filter(n -> n.equalsIgnoreCase(name)).isPresent()) {
          return Optional.of(seen);
        }
      }
    }
    return Optional.empty();
  }

  /** How many instructions the Dockerfile has. */
  int count() {
    return instructions.size();
  }

  /**
   * The global step number of step {@code localStep} of the {@code stage}-th stage (both 1-based,
   * stages counted in file order), or empty when the stage has no such instruction (an appended
   * LABEL step) or the file no such stage.
   */
  Optional<Integer> stepOfStage(int stage, int localStep) {
    int seen = 0;
    for (int k = 0; k < instructions.size(); k++) {
      if (instructions.get(k).from() && ++seen == stage) {
        int step = k + localStep;
        boolean inStage = localStep >= 1 && step <= instructions.size();
        for (int j = k + 1; inStage && j < step; j++) {
          inStage = !instructions.get(j).from();
        }
        return inStage ? Optional.of(step) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The global step number of BuildKit's step {@code localStep} of the {@code stage}-th stage (both
   * 1-based, as in "[build 2/4]"). BuildKit counts only what it runs as a step: FROM when it names
   * an image (not scratch, not an earlier stage), RUN, COPY, ADD and WORKDIR.
   */
  Optional<Integer> stepOfBuildKitStage(int stage, int localStep) {
    int seen = 0;
    List<String> stageNames = new ArrayList<>();
    for (int k = 0; k < instructions.size(); k++) {
      Instruction from = instructions.get(k);
      if (!from.from()) {
        continue;
      }
      if (++seen < stage) {
        from.stageName().ifPresent(name -> stageNames.add(name.toLowerCase(java.util.Locale.ROOT)));
        continue;
      }
      String base = from.base().orElse("scratch").toLowerCase(java.util.Locale.ROOT);
      int counted = base.equals("scratch") || stageNames.contains(base) ? 0 : 1;
      if (counted == localStep) {
        return Optional.of(k + 1);
      }
      for (int j = k + 1; j < instructions.size() && !instructions.get(j).from(); j++) {
        if (BUILDKIT_STEPS.contains(instructions.get(j).keyword()) && ++counted == localStep) {
          return Optional.of(j + 1);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The 1-based line where step {@code number} (1-based) starts, if the Dockerfile has it. */
  Optional<Integer> lineOfStep(int number) {
    return number >= 1 && number <= instructions.size()
        ? Optional.of(instructions.get(number - 1).line())
        : Optional.empty();
  }

  /** The line a parse error names ("Dockerfile parse error line 3: ..."), if it names one. */
  static Optional<Integer> lineInError(String message) {
    Matcher m = LINE_IN_ERROR.matcher(message == null ? "" : message);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
