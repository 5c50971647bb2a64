package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The final stage is built on an image that carries a whole compiler toolchain. */
final class ToolchainFinalBaseRule extends Rule {
  /** Images that are a toolchain whatever the tag. */
  private static final Set<String> ALWAYS =
      Set.of("golang", "maven", "gradle", "gcc", "rust", "buildpack-deps", "sbt", "clang", "sdk");

  /** Images that are a toolchain unless the tag says slim or alpine. */
  private static final Set<String> UNLESS_SLIM = Set.of("node", "python", "ruby", "php", "perl");

  /** JDK images: a toolchain unless the tag says jre. */
  private static final Set<String> UNLESS_JRE =
      Set.of("openjdk", "eclipse-temurin", "amazoncorretto", "ibmjava", "sapmachine");

  ToolchainFinalBaseRule() {
    super(
        "toolchain-final-base",
        Severity.WARNING,
        "the final stage is built on a full toolchain image",
        "Compilers, package managers and headers make the image hundreds of megabytes larger"
            + " and give an attacker tools to work with; the running app needs none of them.",
        "Build in an earlier stage and copy only the result into a small runtime base: scratch"
            + " or distroless for Go, node:20-slim or -alpine, python:3.12-slim, a JRE image for"
            + " Java.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    StageGraph graph = context.graph();
    Optional<Stage> last = graph.finalStage();
    if (last.isEmpty()) {
      return List.of();
    }
    String root = graph.rootImage(last.get());
    if (ImageReference.isUnresolved(root) || StageGraph.isScratch(root)) {
      return List.of();
    }
    ImageReference ref = ImageReference.parse(root);
    if (!isToolchain(ref)) {
      return List.of();
    }
    return List.of(
        finding(
            context,
            last.get().from(),
            Rule.finalStageInWords(last.get())
                + " is built on "
                + root
                + ", a full toolchain image"));
  }

  static boolean isToolchain(ImageReference ref) {
    String name = ref.shortName();
    String tag = ref.tagText();
    if (ALWAYS.contains(name)) {
      return true;
    }
    if (UNLESS_SLIM.contains(name)) {
      return !(tag.contains("slim") || tag.contains("alpine"));
    }
    if (UNLESS_JRE.contains(name)) {
      return !tag.contains("jre");
    }
    return false;
  }
}
