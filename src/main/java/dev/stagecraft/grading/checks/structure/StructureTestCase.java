package dev.stagecraft.grading.checks.structure;

import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.RunSpec;
import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Verdict;
import java.util.List;

/**
 * One test of a container-structure-test config, reported under the test's own name and graded by
 * the stagecraft check it was translated into.
 *
 * @param name the test's {@code name} in the config
 */
public record StructureTestCase(String name, Check check) implements Check {

  @Override
  public String type() {
    return "structure-test";
  }

  @Override
  public String title() {
    return name;
  }

  @Override
  public CheckCategory category() {
    return check.category();
  }

  @Override
  public List<RunSpec> runsNeeded() {
    return check.runsNeeded();
  }

  @Override
  public List<String> filesNeeded() {
    return check.filesNeeded();
  }

  @Override
  public FileScope filesRead() {
    return check.filesRead();
  }

  @Override
  public boolean needsLayerFiles() {
    return check.needsLayerFiles();
  }

  @Override
  public List<String> textsSearched() {
    return check.textsSearched();
  }

  @Override
  public boolean needsLayerFiles(dev.stagecraft.facts.FileIndex files) {
    return check.needsLayerFiles(files);
  }

  @Override
  public Verdict evaluate(GradingContext context) {
    return check.evaluate(context);
  }
}
