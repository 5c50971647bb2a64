package dev.stagecraft.course;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The course's timed drills, read from {@code drills/NN-slug/drill.yaml} beside each broken {@code
 * Dockerfile}. A course without a {@code drills/} folder has none. The format is described in
 * docs/drills.md.
 */
public final class DrillBook {

  /** Where drills live, relative to the course home. */
  public static final String FOLDER = "drills";

  private static final String DOC = "docs/drills.md";
  private static final List<String> KEYS = List.of("title", "exercise", "minutes", "brief");
  private static final int MAX_MINUTES = 60;

  private final List<Drill> drills;

  private DrillBook(List<Drill> drills) {
    this.drills = List.copyOf(drills);
  }

  /**
   * Reads the drills of {@code course}.
   *
   * @throws CourseException naming the file, line and key at fault: a malformed drill.yaml, a
   *     missing Dockerfile, an unknown exercise or a file reaching outside the drill's folder
   */
  public static DrillBook load(Course course) throws CourseException {
    Path root = course.home().toAbsolutePath().normalize();
    Path folder = root.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return new DrillBook(List.of());
    }
    List<Path> dirs;
    try (Stream<Path> children = Files.list(folder)) {
      dirs = children.filter(Files::isDirectory).sorted(Comparator.naturalOrder()).toList();
    } catch (IOException e) {
      throw new CourseException(FOLDER, 0, "could not be listed: " + e.getMessage(), e);
    }
    List<Drill> out = new ArrayList<>();
    for (Path dir : dirs) {
      Drill drill = drill(course, root, dir);
      Optional<Drill> twin = out.stream().filter(d -> d.number() == drill.number()).findFirst();
      if (twin.isPresent()) {
        throw new CourseException(
            relative(root, dir),
            0,
            "has the number of " + twin.get().id() + "; give each drill its own number.");
      }
      out.add(drill);
    }
    return new DrillBook(out);
  }

  /** Every drill, ordered by number. */
  public List<Drill> drills() {
    return drills;
  }

  /** The drill a learner typed: its id, number or slug. */
  public Optional<Drill> drill(String idOrNumber) {
    return CourseIds.resolve(idOrNumber, drills, Drill::id, Drill::number);
  }

  private static Drill drill(Course course, Path root, Path dir) throws CourseException {
    String id = dir.getFileName().toString();
    int number =
        CourseIds.number(id)
            .orElseThrow(
                () ->
                    new CourseException(
                        relative(root, dir),
                        0,
                        "drill folders are named NN-slug (for example 01-toolchain-ships);"
                            + " rename this one."));
    Path yamlFile = dir.resolve("drill.yaml");
    String source = relative(root, yamlFile);
    String text = read(root, dir, yamlFile, source, "drill.yaml");
    YamlNode node = YamlReader.read(text, source, 1);
    YamlFields fields =
        new YamlFields(YamlFields.requireMapping(node, source, "a drill"), source, "the drill");
    fields.rejectUnknownKeys(Set.copyOf(KEYS), KEYS);
    String title = fields.requiredText("title");
    String exercise = fields.requiredText("exercise");
    String brief = fields.requiredText("brief");
    YamlNode.Mapping mapping = (YamlNode.Mapping) node;
    int minutes = minutes(mapping, fields, source);
    if (course.exercise(exercise).filter(e -> e.id().equals(exercise)).isEmpty()) {
      throw new CourseException(
          source,
          mapping.entry("exercise").orElseThrow().line(),
          "key 'exercise': there is no exercise '"
              + exercise
              + "'; name one by its full id, for example "
              + course.exercises().stream().findFirst().map(Exercise::id).orElse("03-go-scratch")
              + ".");
    }
    Path broken = dir.resolve("Dockerfile");
    read(root, dir, broken, relative(root, broken), "Dockerfile");
    return new Drill(
        id, number, title, exercise, Duration.ofMinutes(minutes), brief, broken, source);
  }

  private static int minutes(YamlNode.Mapping mapping, YamlFields fields, String source)
      throws CourseException {
    fields.requiredText("minutes");
    YamlNode.Entry entry = mapping.entry("minutes").orElseThrow();
    if (entry.value() instanceof YamlNode.Scalar scalar
        && scalar.value() instanceof Integer value
        && value >= 1
        && value <= MAX_MINUTES) {
      return value;
    }
    throw new CourseException(
        source,
        entry.line(),
        "key 'minutes' must be a whole number of minutes from 1 to "
            + MAX_MINUTES
            + " (for example 8).");
  }

  /** Reads a file of the drill, refusing one that is missing or that leads out of its folder. */
  private static String read(Path root, Path dir, Path file, String source, String what)
      throws CourseException {
    if (!Files.isRegularFile(file)) {
      throw new CourseException(
          source, 0, "is missing. Every drill folder needs a " + what + "; see " + DOC + ".");
    }
    try {
      if (Files.isSymbolicLink(file)
          || !file.toRealPath().startsWith(dir.toRealPath())
          || !file.toRealPath().startsWith(root.toRealPath())) {
        throw new CourseException(
            source, 0, "leads outside its drill folder; make it a plain file inside the folder.");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new CourseException(source, 0, "is not UTF-8 text; save it as UTF-8.", e);
    } catch (IOException e) {
      throw new CourseException(source, 0, "could not be read: " + e.getMessage(), e);
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
