package dev.stagecraft.cli;

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
    this(System.getenv(), Path.of(System.getProperty("stagecraft.home", ".")));
  }

  /**
   * For tests: the Docker variables come from {@code environment}, the course from {@code home}.
   */
  public DoctorCommand(Map<String, String> environment, Path home) {
    this.environment = Map.copyOf(environment);
    this.home = home;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (DockerEngine engine = DockerEngine.connect(environment)) {
      EngineInfo info = engine.info();
      out.printf("Docker engine   %s%n", info.endpoint());
      out.printf("Server version  %s (%s/%s)%n", info.serverVersion(), info.os(), info.arch());
      out.printf(
          "API version     %s (negotiated; the engine accepts %s and newer)%n",
          info.apiVersion(), info.minApiVersion());
      out.printf(
          "Builder         %s (no BuildKit: RUN --mount and heredocs are not available)%n",
          info.builder());
      out.printf("Storage driver  %s%n", info.storageDriver());
      reportImages(engine, out);
      out.flush();
      return ExitCode.OK;
    } catch (EngineUnavailableException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCode.NO_ENGINE;
    }
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
      boolean standin =
          "true".equals(engine.inspectImage(image).labels().get("dev.stagecraft.standin"));
      return standin ? "  (local stand-in from .ci/images)" : "";
    } catch (EngineException e) {
      return "";
    }
  }

  /** The base images a course's Dockerfiles name, found with a small scan of FROM lines. */
  static final class CourseImages {
    private static final Pattern FROM =
        Pattern.compile(
            "^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPY_FROM =
        Pattern.compile("^\\s*(?:COPY|ADD)\\s.*--from=(\\S+)", Pattern.CASE_INSENSITIVE);

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
      Set<String> stages = new HashSet<>();
      Set<String> images = new TreeSet<>();
      for (String line : lines) {
        Matcher from = FROM.matcher(line);
        if (from.matches()) {
          addImage(from.group(1), stages, images);
          if (from.group(2) != null) {
            stages.add(from.group(2).toLowerCase(Locale.ROOT));
          }
          continue;
        }
        Matcher copy = COPY_FROM.matcher(line);
        if (copy.find()) {
          addImage(copy.group(1), stages, images);
        }
      }
      return images;
    }

    private static void addImage(String ref, Set<String> stages, Set<String> images) {
      String lower = ref.toLowerCase(Locale.ROOT);
      boolean stageOrIndex = stages.contains(lower) || lower.matches("\\d+");
      if (!stageOrIndex && !lower.equals("scratch") && !ref.contains("$")) {
        images.add(ref);
      }
    }
  }
}
