package dev.stagecraft.grading.checks;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every stage but the last has a name ({@code FROM ... AS build}) and COPY --from refers to stages
 * by name, because an index silently changes meaning when a stage is added above it.
 */
public record NamedStagesCheck() implements Check {

  public static NamedStagesCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly();
    return new NamedStagesCheck();
  }

  @Override
  public Set<String> lintRulesGraded() {
    return Set.of("copy-from-index");
  }

  @Override
  public String type() {
    return "named-stages";
  }

  @Override
  public String title() {
    return "Build stages are named and referenced by name";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.STATIC;
  }

  @Override
  public Verdict evaluate(GradingContext context) {
    List<Stage> stages = context.dockerfile().stages();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < stages.size() - 1; i++) {
      Stage stage = stages.get(i);
      if (stage.name().isEmpty()) {
        problems.add("stage at line " + stage.from().line() + " has no name");
      }
    }
    for (Stage stage : stages) {
      for (Instruction copy : stage.instructions("COPY")) {
        copy.flag("from")
            .filter(ref -> ref.chars().allMatch(Character::isDigit) && !ref.isEmpty())
            .ifPresent(
                ref -> problems.add("line " + copy.line() + " copies --from=" + ref + " by index"));
      }
    }
    if (problems.isEmpty()) {
      return Verdict.pass("Stages are named and referenced by name.");
    }
    return Verdict.fail(
        "Name your stages (FROM image AS name) and copy --from=name.",
        "named stages, referenced by name",
        String.join("; ", problems));
  }
}
