package dev.stagecraft.cli;

import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.dockerfile.StageGraphDrawing;
import dev.stagecraft.dockerfile.StageGraphMermaid;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft graph FILE}: draws the stages of a Dockerfile and how they feed each other. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Draws the build stages of a Dockerfile: each stage's base, COPY --from arrows, the final"
          + " stage and stages nothing uses.",
      "Exit codes: 0 drawn, 2 the file could not be read or the target does not exist."
    })
public final class GraphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile.")
  Path file;

  @Option(names = "--mermaid", description = "Print a Mermaid flowchart instead of a drawing.")
  boolean mermaid;

  @Option(names = "--ascii", description = "Draw with plain ASCII characters only.")
  boolean ascii;

  @Option(
      names = "--target",
      paramLabel = "NAME",
      description = "The stage to build, as docker build --target.")
  Optional<String> target = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path path = Files.isDirectory(file) ? file.resolve("Dockerfile") : file;
    if (!Files.isRegularFile(path)) {
      err.println("stagecraft graph: " + file + ": no such file");
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    Optional<String> tooLarge = LintCommand.tooLarge(path);
    if (tooLarge.isPresent()) {
      err.println("stagecraft graph: " + file + ": " + tooLarge.get());
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    Dockerfile dockerfile;
    try {
      dockerfile = DockerfileParser.parse(path);
    } catch (IOException | UncheckedIOException e) {
      err.println("stagecraft graph: " + file + ": cannot read the file (" + e.getMessage() + ")");
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    if (dockerfile.stages().isEmpty()) {
      String why =
          dockerfile.problems().isEmpty()
              ? "no FROM instruction"
              : "line "
                  + dockerfile.problems().get(0).line()
                  + ": "
                  + dockerfile.problems().get(0).message();
      err.println("stagecraft graph: " + file + ": not a Dockerfile: " + why);
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    StageGraph graph = StageGraph.of(dockerfile, target);
    if (graph.finalStage().isEmpty()) {
      String names =
          dockerfile.stages().stream().map(Stage::displayName).collect(Collectors.joining(", "));
      err.println(
          "stagecraft graph: no stage called '"
              + target.orElse("")
              + "'; the stages are: "
              + names);
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    out.print(mermaid ? StageGraphMermaid.write(graph) : StageGraphDrawing.draw(graph, ascii));
    out.flush();
    return ExitCode.OK;
  }
}
