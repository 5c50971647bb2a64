package dev.stagecraft.course;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Reads and writes a learner's progress as JSON. Writes are atomic (a temporary file moved over the
 * old one), so a crash leaves either the old or the new progress, never half of one.
 */
public final class ProgressStore {

  /**
   * Environment variable that moves the progress file, for example to keep it out of a checkout.
   */
  public static final String ENV = "STAGECRAFT_PROGRESS";

  private static final int FORMAT_VERSION = 1;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Clock clock;

  /** A store for {@code file}. */
  public ProgressStore(Path file) {
    this(file, Clock.systemUTC());
  }

  /** A store for {@code file} whose corrupt-file copies are stamped by {@code clock}. */
  public ProgressStore(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /**
   * Where progress lives for the course at {@code home}: {@code $STAGECRAFT_PROGRESS} when set,
   * else {@code <home>/.stagecraft/progress.json} (git ignores that folder).
   */
  public static Path defaultLocation(Path home, Map<String, String> environment) {
    String override = environment.get(ENV);
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath();
    }
    return home.resolve(".stagecraft").resolve("progress.json");
  }

  /** A store at {@link #defaultLocation(Path, Map)} using the process environment. */
  public static ProgressStore forHome(Path home) {
    return new ProgressStore(defaultLocation(home, System.getenv()));
  }

  /** The file this store reads and writes. */
  public Path file() {
    return file;
  }

  /**
   * Reads the progress. A missing file is empty progress. A file that cannot be understood is moved
   * aside to {@code progress.json.corrupt-<timestamp>} so nothing is lost, and reading goes on with
   * empty progress and a warning saying where the copy is.
   */
  public LoadedProgress load() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new LoadedProgress(Progress.empty(), List.of());
    } catch (IOException e) {
      return new LoadedProgress(
          Progress.empty(),
          List.of(
              "could not read progress from "
                  + file
                  + " ("
                  + e.getMessage()
                  + "); starting fresh."));
    }
    try {
      return new LoadedProgress(parse(text), List.of());
    } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
      return new LoadedProgress(Progress.empty(), List.of(setAside(e.getMessage())));
    }
  }

  /** Writes {@code progress} atomically, creating the folder when needed. */
  public void save(Progress progress) throws IOException {
    AtomicFiles.write(file, JSON.writeValueAsString(toJson(progress)) + "\n");
  }

  private String setAside(String reason) {
    Path copy =
        file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
    String problem =
        "progress file " + file + " could not be understood (" + firstLine(reason) + ")";
    try {
      Files.move(file, copy, StandardCopyOption.REPLACE_EXISTING);
      return problem + "; it was moved to " + copy + " and progress starts fresh.";
    } catch (IOException e) {
      return problem
          + " and could not be moved aside ("
          + e.getMessage()
          + "); progress starts fresh.";
    }
  }

  private static String firstLine(String text) {
    String value = text == null ? "unknown problem" : text.strip();
    int newline = value.indexOf('\n');
    return newline < 0 ? value : value.substring(0, newline);
  }

  static ObjectNode toJson(Progress progress) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION);
    progress.currentLesson().ifPresent(id -> root.put("currentLesson", id));
    progress.currentExercise().ifPresent(id -> root.put("currentExercise", id));
    ObjectNode exercises = root.putObject("exercises");
    for (Map.Entry<String, ExerciseProgress> entry : progress.exercises().entrySet()) {
      ExerciseProgress p = entry.getValue();
      ObjectNode node = exercises.putObject(entry.getKey());
      node.put("status", p.status().jsonName());
      node.put("attempts", p.attempts());
      p.lastChecked().ifPresent(at -> node.put("lastChecked", at.toString()));
      p.bestSizeBytes().ifPresent(size -> node.put("bestSizeBytes", size));
      node.put("hintsRevealed", p.hintsRevealed());
    }
    PracticeJson.write(progress.practice(), root);
    return root;
  }

  static Progress parse(String text) throws JacksonException {
    JsonNode root = JSON.readTree(text);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the top level is not a JSON object");
    }
    int version = root.path("version").asInt(-1);
    if (version != FORMAT_VERSION) {
      throw new IllegalArgumentException("unknown format version " + root.path("version"));
    }
    Map<String, ExerciseProgress> exercises = new TreeMap<>();
    JsonNode list = root.path("exercises");
    if (!list.isMissingNode() && !list.isObject()) {
      throw new IllegalArgumentException("'exercises' is not an object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = list.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      exercises.put(entry.getKey(), exercise(entry.getKey(), entry.getValue()));
    }
    return new Progress(
        exercises,
        text(root, "currentLesson"),
        text(root, "currentExercise"),
        PracticeJson.read(root));
  }

  private static ExerciseProgress exercise(String id, JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("progress of " + id + " is not an object");
    }
    ExerciseStatus status =
        ExerciseStatus.valueOf(node.path("status").asText("").toUpperCase(Locale.ROOT));
    Optional<Instant> lastChecked = text(node, "lastChecked").map(Instant::parse);
    JsonNode best = node.path("bestSizeBytes");
    OptionalLong bestSize =
        best.canConvertToLong() ? OptionalLong.of(best.asLong()) : OptionalLong.empty();
    return new ExerciseProgress(
        status, integer(node, "attempts"), lastChecked, bestSize, integer(node, "hintsRevealed"));
  }

  private static int integer(JsonNode node, String key) {
    JsonNode value = node.path(key);
    if (value.isMissingNode()) {
      return 0;
    }
    if (!value.canConvertToInt()) {
      throw new IllegalArgumentException("'" + key + "' is not a whole number");
    }
    return value.asInt();
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }
}
