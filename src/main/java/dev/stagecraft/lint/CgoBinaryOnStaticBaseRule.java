package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.CopyFromEdge;
import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code go build} with cgo left on (no {@code CGO_ENABLED=0} in the RUN, nor from ENV or ARG in
 * its stage) whose stage the final stage copies from, when the final stage is scratch or distroless
 * static: those bases have no C library, so a binary that links one dynamically cannot start there.
 */
final class CgoBinaryOnStaticBaseRule extends Rule {

  /** {@code CGO_ENABLED=0}, quoted or not, as an assignment or an export in the script. */
  private static final Pattern CGO_OFF =
      Pattern.compile("(?<![A-Za-z0-9_])CGO_ENABLED=(?:0|\"0\"|'0')(?![A-Za-z0-9_])");

  /** Linker flags that make even a cgo binary static. */
  private static final Pattern STATIC_LINK = Pattern.compile("-extldflags[= ]['\"]?[^'\"]*-static");

  CgoBinaryOnStaticBaseRule() {
    super(
        "cgo-binary-on-static-base",
        Severity.WARNING,
        "a go build with cgo on is copied onto scratch or distroless static",
        "With a C compiler in the build image (golang:1.22 has gcc), go build turns cgo on and a"
            + " program using net, os/user or any C code links the C library dynamically. scratch"
            + " and distroless static have no C library, so the binary fails to start there with"
            + " a puzzling 'no such file or directory'.",
        "Build a static binary: RUN CGO_ENABLED=0 go build -o /out/app . (or set ENV"
            + " CGO_ENABLED=0 in the build stage). If the program needs cgo, use a base with a C"
            + " library such as distroless base or debian:bookworm-slim instead.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    StageGraph graph = context.graph();
    Optional<Stage> last = graph.finalStage();
    if (last.isEmpty() || !hasNoCLibrary(graph.rootImage(last.get()))) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    Set<Instruction> reported = new HashSet<>();
    for (CopyFromEdge edge : copiesInto(graph, last.get())) {
      Stage source = edge.from().orElseThrow();
      for (Stage stage : graph.ancestry(source)) {
        for (Instruction run : stage.instructions("RUN")) {
          if (reported.contains(run) || !buildsWithCgo(run, stage, graph)) {
            continue;
          }
          reported.add(run);
          findings.add(
              finding(
                  context,
                  run,
                  "go build runs with cgo on (no CGO_ENABLED=0) and line "
                      + edge.instruction().line()
                      + " copies from "
                      + Rule.stageInWords(source, context.dockerfile().stages().size())
                      + " onto "
                      + graph.rootImage(last.get())
                      + ", which has no C library"));
        }
      }
    }
    return findings;
  }

  /** The COPY --from edges into the final stage or the stages it is built FROM. */
  private static List<CopyFromEdge> copiesInto(StageGraph graph, Stage last) {
    List<CopyFromEdge> edges = new ArrayList<>();
    for (Stage stage : graph.ancestry(last)) {
      for (CopyFromEdge edge : graph.copyEdgesInto(stage)) {
        if (edge.kind() == CopyFromEdge.Kind.COPY && edge.from().isPresent()) {
          edges.add(edge);
        }
      }
    }
    return edges;
  }

  private static boolean buildsWithCgo(Instruction run, Stage stage, StageGraph graph) {
    RunScript script = RunScript.of(run);
    if (!script.runs("go", "build")) {
      return false;
    }
    if (CGO_OFF.matcher(script.text()).find() || STATIC_LINK.matcher(script.text()).find()) {
      return false;
    }
    String inherited = StageVariables.before(run, stage, graph).get("CGO_ENABLED");
    if (inherited != null && inherited.strip().equals("0")) {
      return false;
    }
    // Since Go 1.20 cgo is off when no C compiler is found: the alpine Go images have none
    // unless the stage installs one.
    return !withoutCompiler(graph.rootImage(stage), graph.ancestry(stage));
  }

  private static boolean withoutCompiler(String image, List<Stage> stages) {
    ImageReference ref = ImageReference.parse(image);
    if (!ref.shortName().equals("golang") || !ref.tagText().contains("alpine")) {
      return false;
    }
    for (Stage stage : stages) {
      for (Instruction run : stage.instructions("RUN")) {
        String text = RunScript.of(run).text().toLowerCase(Locale.ROOT);
        if (text.contains("gcc") || text.contains("build-base") || text.contains("clang")) {
          return false;
        }
      }
    }
    return true;
  }

  /** scratch, or a distroless static image (also our stand-in for it). */
  static boolean hasNoCLibrary(String image) {
    if (StageGraph.isScratch(image)) {
      return true;
    }
    if (ImageReference.isUnresolved(image)) {
      return false;
    }
    String repository = ImageReference.parse(image).repository().toLowerCase(Locale.ROOT);
    return repository.endsWith("distroless/static")
        || repository.endsWith("distroless/static-debian11")
        || repository.endsWith("distroless/static-debian12")
        || repository.endsWith("standin-distroless-static");
  }
}
