package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.ArgDeclarations;
import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.KeyValues;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables an instruction can see: ENV inherited from parent stages, then the stage's own ARG
 * defaults and ENV values up to that instruction. A global ARG counts only when the stage declares
 * it again, as in Docker.
 */
final class StageVariables {
  private StageVariables() {}

  static Map<String, String> before(Instruction target, Stage stage, StageGraph graph) {
    Map<String, String> globals = new HashMap<>();
    for (Instruction arg : graph.dockerfile().globalArgs()) {
      for (ArgDeclarations.Declaration d : ArgDeclarations.of(arg)) {
        d.defaultValue().ifPresent(v -> globals.put(d.name(), v));
      }
    }
    Map<String, String> variables = new HashMap<>();
    List<Stage> ancestry = graph.ancestry(stage);
    for (int i = ancestry.size() - 1; i >= 1; i--) {
      for (Instruction instruction : ancestry.get(i).instructions("ENV")) {
        for (KeyValues.Pair p : KeyValues.of(instruction)) {
          variables.put(p.key(), p.value());
        }
      }
    }
    for (Instruction instruction : stage.instructions()) {
      if (instruction == target) {
        break;
      }
      if (instruction.is("ENV")) {
        for (KeyValues.Pair p : KeyValues.of(instruction)) {
          variables.put(p.key(), p.value());
        }
      } else if (instruction.is("ARG")) {
        for (ArgDeclarations.Declaration d : ArgDeclarations.of(instruction)) {
          String value = d.defaultValue().orElse(globals.get(d.name()));
          if (value != null) {
            variables.put(d.name(), value);
          }
        }
      }
    }
    return variables;
  }
}
