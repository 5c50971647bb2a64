package dev.stagecraft.cli;

import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.FileProblems;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.engine.BuildCacheSummary;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.EngineUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stagecraft clean}: empties the build cache stagecraft keeps in the engine. */
@Command(
    name = "clean",
    description =
        "Remove the build cache stagecraft keeps in the Docker engine (step images of earlier"
            + " checks); the next check builds from scratch.")
public final class CleanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final EngineConnector connector;

  public CleanCommand() {
    this(EngineConnector.fromEnvironment());
  }

  CleanCommand(EngineConnector connector) {
    this.connector = connector;
  }

  private void forgetMeasuredSizes() {
    connector
        .stateDirectory()
        .ifPresent(
            dir -> {
              try {
                Files.deleteIfExists(dir.resolve(Workbench.MEASURED_SIZES_FILE));
              } catch (IOException e) {
                spec.commandLine().getErr().println(FileProblems.describe(e));
              }
            });
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (DockerEngine engine = connector.connect()) {
      Optional<BuildCacheSummary> before = engine.buildCache();
      int removed = engine.clearBuildCache();
      Optional<BuildCacheSummary> after = engine.buildCache();
      long freed =
          before.map(BuildCacheSummary::bytes).orElse(0L)
              - after.map(BuildCacheSummary::bytes).orElse(0L);
      forgetMeasuredSizes();
      // Layer file lists are right for as long as the layer exists, but clean means from scratch.
      engine.clearLayerListings();
      out.printf(
          "Removed %d cached step image%s (%s); starters will be measured anew.%n",
          removed, removed == 1 ? "" : "s", DoctorCommand.megabytes(freed));
      after
          .filter(left -> left.images() > 0)
          .ifPresent(
              left ->
                  out.printf(
                      "%d stay because other images build on them; they go when those do.%n",
                      left.images()));
      out.flush();
      return ExitCode.OK;
    } catch (EngineUnavailableException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return ExitCode.NO_ENGINE;
    } catch (EngineException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return ExitCode.NO_ENGINE;
    }
  }
}
