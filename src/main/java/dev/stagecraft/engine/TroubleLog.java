package dev.stagecraft.engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Writes the detail of an engine trouble (what was asked, the chain of exceptions) to a file of its
 * own under the stagecraft cache directory, so the screen shows a sentence and the file holds what
 * a bug report needs.
 */
public final class TroubleLog {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final Path directory;

  public TroubleLog(Path directory) {
    this.directory = directory;
  }

  /** Writes {@code failure} as the detail of {@code trouble}; the trouble, naming its log. */
  public EngineTrouble record(EngineTrouble trouble, String endpoint, Throwable failure) {
    return write(trouble, endpoint, failure).map(trouble::withLog).orElse(trouble);
  }

  private Optional<Path> write(EngineTrouble trouble, String endpoint, Throwable failure) {
    Instant now = Instant.now();
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      out.println("time      " + now);
      out.println("engine    " + endpoint);
      out.println("trouble   " + trouble.kind() + " " + trouble.step().words());
      out.println("engine said  " + trouble.engineWords());
      out.println();
      failure.printStackTrace(out);
    }
    try {
      Files.createDirectories(directory);
      Path file =
          directory.resolve(
              "engine-" + STAMP.format(now) + "-" + ProcessHandle.current().pid() + ".log");
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
      return Optional.of(file);
    } catch (IOException | RuntimeException e) {
      // The message still says what happened; only the detail has nowhere to go.
      return Optional.empty();
    }
  }
}
