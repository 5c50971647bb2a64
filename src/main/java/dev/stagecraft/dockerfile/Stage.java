package dev.stagecraft.dockerfile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A build stage: a FROM instruction and the instructions after it, up to the next FROM.
 *
 * @param index the 0-based position among the stages
 * @param name the name after {@code AS}, as written
 * @param from the FROM instruction
 * @param baseImage the base after ARG expansion: an image reference, {@code scratch} or the name of
 *     an earlier stage
 * @param instructions the instructions after FROM, in file order
 */
public record Stage(
    int index,
    Optional<String> name,
    Instruction from,
    String baseImage,
    List<Instruction> instructions) {

  public Stage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(baseImage, "baseImage");
    instructions = List.copyOf(instructions);
  }

  /** The stage name, or its index as text when it has none. */
  public String displayName() {
    return name.orElse(Integer.toString(index));
  }

  /** The instructions of this stage with the given keyword (any case), in file order. */
  public List<Instruction> instructions(String keyword) {
    return instructions.stream().filter(i -> i.is(keyword)).toList();
  }

  /** True when this stage is called {@code nameOrIndex}: its name (any case) or its index. */
  public boolean isCalled(String nameOrIndex) {
    if (name.isPresent() && name.get().equalsIgnoreCase(nameOrIndex)) {
      return true;
    }
    return Integer.toString(index).equals(nameOrIndex);
  }

  @Override
  public String toString() {
    return "Stage[" + index + name.map(n -> " " + n).orElse("") + " FROM " + baseImage + "]";
  }
}
