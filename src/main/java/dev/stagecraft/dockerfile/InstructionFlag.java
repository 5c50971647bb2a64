package dev.stagecraft.dockerfile;

import java.util.Objects;
import java.util.Optional;

/**
 * One builder flag of an instruction, such as {@code --from=builder} or {@code --link}.
 *
 * @param name the flag name without the leading dashes, lower-case as written (e.g. {@code from})
 * @param value the text after {@code =}, with surrounding quotes removed; empty for a bare flag
 */
public record InstructionFlag(String name, Optional<String> value) {
  public InstructionFlag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "--" + name + value.map(v -> "=" + v).orElse("");
  }
}
