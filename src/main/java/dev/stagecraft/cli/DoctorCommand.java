package dev.stagecraft.cli;

import dev.stagecraft.app.BuilderText;
import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Course;
import dev.stagecraft.dockerfile.CopyFromEdge;
import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.EngineInfo;
import dev.stagecraft.engine.EngineUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stagecraft doctor}: is an engine reachable, how we talk to it, are the images there. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the Docker engine: where it is, its version, the API version and builder stagecraft"
          + " uses, and whether the images the course builds FROM are present.",
      "Exit 0 when the engine is reachable (missing images are warnings), 3 when it is not."
    })
public final class DoctorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Map<String, String> environment;
  private final Path home;

  /** The command as the command line runs it: the process environment and stagecraft.home. */
  public DoctorCommand() {
    this(System.getenv(), Course.defaultHome());
  }

  /**
   * For tests: the Docker variables come from {@code environment}, the course from {@code home}.
   */
  public DoctorCommand(Map<String, String> environment, Path home) {
    this.environment = Map.copyOf(environment);
    this.home = home;
  }

  @Option(names = "--builder", paramLabel = "BUILDER", description = BuilderOption.DESCRIPTION)
  Optional<String> builder = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> chosenBuilder = builder.flatMap(BuilderOption::parse);
    if (builder.isPresent() && chosenBuilder.isEmpty()) {
      err.println(BuilderOption.unknown("doctor", builder.get()));
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    try (DockerEngine engine =
        DockerEngine.connect(BuilderOption.environment(environment, chosenBuilder))) {
      engine.keepBuildCache(
          EngineConnector.cacheDirectory(environment),
          EngineConnector.buildCacheBytes(environment));
      EngineInfo info = engine.info();
      out.printf("Engine          %s at %s%n", info.product(), info.endpoint());
      out.printf("Server version  %s (%s/%s)%n", info.serverVersion(), info.os(), info.arch());
      out.printf(
          "API version     %s (negotiated; the engine accepts %s and newer)%n",
          info.apiVersion(), info.minApiVersion());
      out.printf("Builder         %s%n", BuilderText.describe(info));
      out.printf("Storage driver  %s%n", info.storageDriver());
      int leftovers = engine.removeLeftovers(Workbench.LEFTOVERS_AGE);
      out.printf(
          "Leftovers       %s%n",
          leftovers == 0
              ? "none"
              : "removed "
                  + leftovers
                  + " containers and images of stagecraft sessions that ended without cleaning up");
      reportBuildCache(engine, out);
      reportImages(engine, out);
      out.flush();
      return ExitCode.OK;
    } catch (EngineUnavailableException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCode.NO_ENGINE;
    }
  }

  private static void reportBuildCache(DockerEngine engine, PrintWriter out) {
    try {
      engine
          .buildCache()
          .ifPresent(
              cache ->
                  out.printf(
                      "Build cache     %d step image%s, %s of at most %s (`stagecraft clean`"
                          + " empties it)%n",
                      cache.images(),
                      cache.images() == 1 ? "" : "s",
                      megabytes(cache.bytes()),
                      megabytes(cache.capBytes())));
    } catch (EngineException e) {
      out.printf("Build cache     cannot be listed: %s%n", e.getMessage());
    }
  }

  /** Decimal megabytes, as `docker images` shows sizes. */
  static String megabytes(long bytes) {
    return bytes < 10_000_000
        ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6)
        : String.format(java.util.Locale.ROOT, "%d MB", Math.round(bytes / 1e6));
  }

  private void reportImages(DockerEngine engine, PrintWriter out) {
    out.println();
    Set<String> images;
    try {
      images = CourseImages.scan(home);
    } catch (UncheckedIOException e) {
      out.printf("Course images   cannot read the course at %s: %s%n", home, e.getMessage());
      return;
    }
    if (images.isEmpty()) {
      out.printf("Course images   none found under %s (exercises/*, solutions/*)%n", home);
      return;
    }
    List<String> missing = new ArrayList<>();
    out.println("Course images (FROM and COPY --from in exercises/ and solutions/):");
    for (String image : images) {
      boolean present = engine.imageExists(image);
      out.printf("  %-8s %s%s%n", present ? "ok" : "MISSING", image, standinNote(engine, image));
      if (!present) {
        missing.add(image);
      }
    }
    if (!missing.isEmpty()) {
      out.println();
      out.printf(
          "Warning: %d image%s missing; a build that needs one will fail. Get them with%n",
          missing.size(), missing.size() == 1 ? " is" : "s are");
      missing.forEach(image -> out.printf("  docker pull %s%n", image));
      out.println(
          "or, without registry access, build local stand-ins: .ci/images/build.sh"
              + " --tag-official");
    }
  }

  /** Says when an image is one of .ci/images' local stand-ins rather than the official one. */
  private static String standinNote(DockerEngine engine, String image) {
    try {
      return engine.inspectImage(image).isStandIn() ? "  (local stand-in from .ci/images)" : "";
    } catch (EngineException e) {
      return "";
    }
  }

  /** The images a course's Dockerfiles build on or copy from, read with the course's parser. */
  static final class CourseImages {

    private CourseImages() {}

    static Set<String> scan(Path home) {
      Set<String> images = new TreeSet<>();
      for (String folder : List.of("exercises", "solutions")) {
        Path root = home.resolve(folder);
        if (!Files.isDirectory(root)) {
          continue;
        }
        try (Stream<Path> dirs = Files.list(root)) {
          for (Path dockerfile :
              dirs.map(dir -> dir.resolve("Dockerfile")).filter(Files::isRegularFile).toList()) {
            images.addAll(imagesIn(Files.readAllLines(dockerfile)));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return images;
    }

    static Set<String> imagesIn(List<String> lines) {
      StageGraph graph =
          StageGraph.of(DockerfileParser.parse(String.join("\n", lines) + "\n", "Dockerfile"));
      Set<String> images = new TreeSet<>();
      for (Stage stage : graph.dockerfile().stages()) {
        if (graph.isExternalImage(stage)) {
          images.add(stage.baseImage());
        }
      }
      for (CopyFromEdge edge : graph.copyEdges()) {
        if (edge.isExternalImage()) {
          images.add(edge.reference());
        }
      }
      // An image named by a build argument with no default cannot be known before the build.
      images.removeIf(image -> image.contains("$"));
      return images;
    }
  }
}
