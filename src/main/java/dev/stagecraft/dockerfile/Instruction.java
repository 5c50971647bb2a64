package dev.stagecraft.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One instruction of a Dockerfile, with every continuation line and heredoc body it spans.
 *
 * @param keyword the instruction name in upper case, e.g. {@code RUN}
 * @param line the 1-based line the instruction starts on
 * @param endLine the 1-based last line, including continuations and heredoc bodies
 * @param flags builder flags before the arguments ({@code --from}, {@code --mount}, ...)
 * @param arguments the text after the flags; continuation lines are joined the way Docker joins
 *     them (the escape character removed, nothing added) and comment lines inside are dropped
 * @param execForm the JSON array form when the arguments are a valid JSON array of strings
 * @param heredocs the here-documents the instruction reads, in order
 * @param text the original source lines, from {@link #line} to {@link #endLine}
 */
public record Instruction(
    String keyword,
    int line,
    int endLine,
    List<InstructionFlag> flags,
    String arguments,
    Optional<List<String>> execForm,
    List<Heredoc> heredocs,
    String text) {

  public Instruction {
    Objects.requireNonNull(keyword, "keyword");
    flags = List.copyOf(flags);
    Objects.requireNonNull(arguments, "arguments");
    execForm = execForm.map(List::copyOf);
    heredocs = List.copyOf(heredocs);
    Objects.requireNonNull(text, "text");
  }

  /** The value of the first flag with this name ({@code "from"} for {@code --from}), if any. */
  public Optional<String> flag(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (InstructionFlag f : flags) {
      if (f.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(f.value().orElse(""));
      }
    }
    return Optional.empty();
  }

  /** Every value of a flag that may repeat, such as {@code --mount}. */
  public List<String> flagValues(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return flags.stream()
        .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted))
        .map(f -> f.value().orElse(""))
        .toList();
  }

  /** True when the flag is present, with or without a value. */
  public boolean hasFlag(String name) {
    return flag(name).isPresent();
  }

  /** True when the keyword matches, ignoring case. */
  public boolean is(String otherKeyword) {
    return keyword.equalsIgnoreCase(otherKeyword);
  }

  /** True when the arguments are a JSON array (exec form) rather than a shell command. */
  public boolean isExecForm() {
    return execForm.isPresent();
  }

  /**
   * The instruction an {@code ONBUILD} registers, parsed as if it stood on its own line; empty for
   * any other keyword or when the trigger is malformed.
   */
  public Optional<Instruction> onbuildTrigger() {
    if (!is("ONBUILD")) {
      return Optional.empty();
    }
    return InstructionReader.parseTrigger(this);
  }
}
