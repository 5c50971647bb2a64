package dev.stagecraft.cli;

import dev.stagecraft.app.BuilderText;
import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.OfflineKit;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.BaseImages;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.EngineInfo;
import dev.stagecraft.engine.EngineUnavailableException;
import dev.stagecraft.engine.Leftovers;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.OutputMode;
import dev.stagecraft.terminal.TextWrap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
  private final Supplier<Path> home;

  /** The command as the command line runs it: the process environment and the chosen course. */
  public DoctorCommand() {
    this.environment = Map.copyOf(System.getenv());
    this.home = () -> CourseOption.home(spec);
  }

  /**
   * For tests: the Docker variables come from {@code environment}, the course from {@code home}.
   */
  public DoctorCommand(Map<String, String> environment, Path home) {
    this.environment = Map.copyOf(environment);
    this.home = () -> home;
  }

  @Option(names = "--builder", paramLabel = "BUILDER", description = BuilderOption.DESCRIPTION)
  Optional<String> builder = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Map<String, String>> withBuilder =
        BuilderOption.environment("doctor", builder, environment, err);
    if (withBuilder.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    try (DockerEngine engine = DockerEngine.connect(withBuilder.get())) {
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
      reportLeftovers(engine.cleanUpLeftovers(Workbench.LEFTOVERS_AGE), out);
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

  /** What was removed, and each container or image that would not go, with the engine's reason. */
  static void reportLeftovers(Leftovers leftovers, PrintWriter out) {
    if (leftovers.removed() == 0 && leftovers.stuck().isEmpty()) {
      out.printf("Leftovers       none%n");
      return;
    }
    if (leftovers.removed() > 0) {
      out.printf(
          "Leftovers       removed %d containers and images of stagecraft sessions that ended"
              + " without cleaning up%n",
          leftovers.removed());
    }
    if (!leftovers.stuck().isEmpty()) {
      out.printf(
          "Leftovers       %d could not be removed (try `docker rm -f ID` or `docker rmi ID`; a"
              + " restart of Docker frees one it is still removing):%n",
          leftovers.stuck().size());
      for (Leftovers.Stuck stuck : leftovers.stuck()) {
        out.printf(
            "  %s %s%s: %s%n",
            stuck.kind(),
            stuck.id(),
            stuck.state().isEmpty() ? "" : " (" + ForeignText.forTerminal(stuck.state()) + ")",
            ForeignText.forTerminal(stuck.reason()));
      }
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
                          + " empties it)%n%s",
                      cache.images(),
                      cache.images() == 1 ? "" : "s",
                      megabytes(cache.bytes()),
                      megabytes(cache.capBytes()),
                      keptImages(engine)));
    } catch (EngineException e) {
      out.printf("Build cache     cannot be listed: %s%n", e.getMessage());
    }
  }

  /**
   * A line on the final images kept for the next check of each exercise (counted in the cache
   * above), or nothing when there are none.
   */
  private static String keptImages(DockerEngine engine) {
    int kept = engine.keptImages().map(images -> images.imageIds().size()).orElse(0);
    return kept == 0
        ? ""
        : String.format(
            "                %d of them kept from a last check, reused while unchanged%n", kept);
  }

  /** Decimal megabytes, as `docker images` shows sizes. */
  static String megabytes(long bytes) {
    return bytes < 10_000_000
        ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6)
        : String.format(java.util.Locale.ROOT, "%d MB", Math.round(bytes / 1e6));
  }

  private void reportImages(DockerEngine engine, PrintWriter out) {
    out.println();
    Path home = this.home.get();
    out.println(ForeignText.forTerminal("Course          " + home));
    BaseImages images;
    try {
      images = BaseImages.scan(home);
    } catch (CourseException e) {
      out.println(
          "Course images   cannot read the course at "
              + home
              + ": "
              + ForeignText.forTerminal(e.getMessage()));
      return;
    }
    if (images.neededBy().isEmpty()) {
      out.printf("Course images   none found under %s (exercises/*, solutions/*)%n", home);
      return;
    }
    List<String> missing = new ArrayList<>();
    out.println("Course images (FROM and COPY --from in exercises/ and solutions/):");
    for (String image : images.references()) {
      boolean present = engine.imageExists(image);
      out.println(
          ForeignText.forTerminal(
              String.format(
                  "  %-8s %s%s", present ? "ok" : "MISSING", image, standinNote(engine, image))));
      if (!present) {
        missing.add(image);
      }
    }
    if (!missing.isEmpty()) {
      out.println();
      String warning =
          String.format(
              "Warning: %d image%s missing (%s); a build that needs one will fail.",
              missing.size(), missing.size() == 1 ? " is" : "s are", String.join(", ", missing));
      TextWrap.wrap(ForeignText.forTerminal(warning), OutputMode.DEFAULT_WIDTH)
          .forEach(out::println);
      out.println("Fix: " + OfflineKit.LOAD_COMMAND + "   (a kit saved where they are present)");
      out.println(" or  " + OfflineKit.PULL_COMMAND + "        (where a registry answers)");
      out.println("Without either, build local stand-ins: .ci/images/build.sh --tag-official");
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
}
