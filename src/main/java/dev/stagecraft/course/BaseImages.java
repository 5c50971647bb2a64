package dev.stagecraft.course;

import dev.stagecraft.dockerfile.CopyFromEdge;
import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The images a course needs from a registry: every base of a stage and every image copied from
 * ({@code COPY --from=nginx:alpine}) in the starters ({@code exercises/NN-slug/Dockerfile}) and
 * solutions ({@code solutions/NN-slug/Dockerfile}), read with the course's parser, so build
 * arguments with defaults are expanded and {@code scratch} and stage names are left out. An image
 * named by an argument without a default cannot be known before a build and is left out too.
 *
 * @param neededBy each image, in name order, with the Dockerfiles (relative to the course folder)
 *     that need it
 */
public record BaseImages(Map<String, List<String>> neededBy) {

  private static final List<String> FOLDERS = List.of("exercises", "solutions");
  private static final Pattern REFERENCE =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:-]*[A-Za-z0-9_](@[a-z0-9]+:[0-9a-f]+)?");

  public BaseImages {
    Map<String, List<String>> copy = new TreeMap<>();
    neededBy.forEach((image, files) -> copy.put(image, List.copyOf(files)));
    neededBy = Collections.unmodifiableMap(copy);
  }

  /** The images, in name order. */
  public SortedSet<String> references() {
    return new TreeSet<>(neededBy.keySet());
  }

  /**
   * Reads the Dockerfiles of the course in {@code home}. Only the folders are needed, not a whole
   * valid course, so doctor can tell what is missing while an author is still writing one; paths
   * stay confined to the folder as everywhere else.
   *
   * @throws CourseException naming a Dockerfile that cannot be read or that leads outside
   */
  public static BaseImages scan(Path home) throws CourseException {
    Path root = home.toAbsolutePath().normalize();
    Map<String, List<String>> needed = new TreeMap<>();
    for (String folder : FOLDERS) {
      for (Path dockerfile : dockerfiles(root, root.resolve(folder))) {
        String name = Course.relative(root, dockerfile);
        for (String image : in(read(dockerfile, name))) {
          needed.computeIfAbsent(image, i -> new ArrayList<>()).add(name);
        }
      }
    }
    return new BaseImages(needed);
  }

  /** The registry images one Dockerfile's text builds on or copies from, in name order. */
  public static SortedSet<String> in(String dockerfile) {
    StageGraph graph = StageGraph.of(DockerfileParser.parse(dockerfile, "Dockerfile"));
    SortedSet<String> images = new TreeSet<>();
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
    // An argument with no value leaves "python:", which no build could pull either.
    images.removeIf(image -> !REFERENCE.matcher(image).matches());
    return images;
  }

  private static List<Path> dockerfiles(Path root, Path folder) throws CourseException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(folder)) {
      for (Path dir : dirs.sorted().toList()) {
        Path dockerfile = dir.resolve("Dockerfile");
        if (dir.getFileName().toString().startsWith(".") || !Files.isRegularFile(dockerfile)) {
          continue;
        }
        String name = Course.relative(root, dockerfile);
        try {
          CoursePaths.requireInside(root, dockerfile, "course folder " + root);
        } catch (CoursePaths.Escape e) {
          throw new CourseException(name, 0, e.getMessage() + ".");
        }
        files.add(dockerfile);
      }
    } catch (IOException e) {
      throw new CourseException(
          Course.relative(root, folder), 0, "could not be listed: " + e.getMessage(), e);
    }
    return files;
  }

  private static String read(Path file, String name) throws CourseException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new CourseException(name, 0, "is not UTF-8 text; save it as UTF-8.", e);
    } catch (IOException e) {
      throw new CourseException(name, 0, "could not be read: " + e.getMessage(), e);
    }
  }
}
