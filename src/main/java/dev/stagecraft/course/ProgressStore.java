package dev.stagecraft.course;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
   * Reads the progress. A missing file is empty progress. A file that cannot be read or understood
   * is moved aside to {@code progress.json.corrupt-<timestamp>} so nothing is lost, and reading
   * goes on with empty progress and a warning saying where the copy is.
   */
  public LoadedProgress load() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new LoadedProgress(Progress.empty(), List.of());
    } catch (IOException e) {
      // Unreadable (not UTF-8, a folder, no permission): the same as unintelligible.
      return new LoadedProgress(Progress.empty(), List.of(setAside("could not be read", e)));
    }
    try {
      return new LoadedProgress(parse(text), List.of());
    } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
      return new LoadedProgress(Progress.empty(), List.of(setAside("could not be understood", e)));
    }
  }

  /** Writes {@code progress} atomically, creating the folder when needed. */
  public void save(Progress progress) throws IOException {
    AtomicFiles.write(file, JSON.writeValueAsString(toJson(progress)) + "\n");
  }

  /**
   * Locks this progress for one long-lived session (the REPL, a watch), so a second one on the same
   * course is told so instead of overwriting what the first one writes.
   */
  public ProgressLock.Outcome lock() {
    return ProgressLock.acquire(file);
  }

  private String setAside(String what, Exception cause) {
    String problem = "progress file " + file + " " + what + " (" + firstLine(describe(cause)) + ")";
    try {
      Path copy = backupName();
      Files.move(file, copy);
      return problem + "; it was moved to " + copy + " and progress starts fresh.";
    } catch (IOException e) {
      return problem
          + " and could not be moved aside ("
          + describe(e)
          + "); progress starts fresh.";
    }
  }

  /** A backup name nothing has taken yet: two corrupt files in one second keep both. */
  private Path backupName() {
    Path copy =
        file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
    for (int n = 2; Files.exists(copy, LinkOption.NOFOLLOW_LINKS); n++) {
      copy =
          file.resolveSibling(
              file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()) + "-" + n);
    }
    return copy;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
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
    progress
        .readingPosition()
        .ifPresent(
            p ->
                root.putObject("readingPosition")
                    .put("lesson", p.lessonId())
                    .put("line", p.line())
                    .put("lines", p.lines()));
    ObjectNode exercises = root.putObject("exercises");
    for (Map.Entry<String, ExerciseProgress> entry : progress.exercises().entrySet()) {
      ExerciseProgress p = entry.getValue();
      ObjectNode node = exercises.putObject(entry.getKey());
      node.put("status", p.status().jsonName());
      node.put("attempts", p.attempts());
      p.lastChecked().ifPresent(at -> node.put("lastChecked", at.toString()));
      p.bestSizeBytes().ifPresent(size -> node.put("bestSizeBytes", size));
      node.put("hintsRevealed", p.hintsRevealed());
      p.passedAt().ifPresent(at -> node.put("passedAt", at.toString()));
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
        readingPosition(root.path("readingPosition")),
        PracticeJson.read(root));
  }

  /**
   * The pager's place in a lesson. Files from before the pager have none; one that does not make
   * sense is dropped rather than costing the learner the rest of their progress.
   */
  private static Optional<ReadingPosition> readingPosition(JsonNode node) {
    Optional<String> lesson = text(node, "lesson");
    JsonNode line = node.path("line");
    JsonNode lines = node.path("lines");
    if (lesson.isEmpty() || !line.canConvertToInt() || !lines.canConvertToInt()) {
      return Optional.empty();
    }
    int at = line.asInt();
    int total = lines.asInt();
    return at >= 0 && total > at
        ? Optional.of(new ReadingPosition(lesson.get(), at, total))
        : Optional.empty();
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
        status,
        integer(node, "attempts"),
        lastChecked,
        bestSize,
        integer(node, "hintsRevealed"),
        text(node, "passedAt").map(Instant::parse));
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
