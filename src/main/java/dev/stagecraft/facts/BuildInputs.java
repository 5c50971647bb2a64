package dev.stagecraft.facts;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What went into a build, as one digest: the key of a size remembered across sessions. */
final class BuildInputs {

  private static final Pattern FROM_LINE =
      Pattern.compile(
          "^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private BuildInputs() {}

  /**
   * A digest of everything a build's size depends on, for memory across sessions: the engine, the
   * target, the Dockerfile's text, every file of the context (path, size, time) and the ids of the
   * images it builds FROM, so a stand-in replaced by the official image is measured anew.
   */
  static Optional<String> digest(
      DockerEngine engine, Path contextDir, Path dockerfile, Optional<String> target) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      StringBuilder inputs = new StringBuilder();
      inputs.append(engine.info().product()).append(' ').append(engine.info().endpoint());
      inputs.append(' ').append(engine.info().serverVersion()).append('\n');
      inputs.append(target.orElse("")).append('\n');
      String text = Files.readString(dockerfile);
      inputs.append(text).append('\n');
      for (String base : externalBases(text)) {
        String id;
        try {
          id = engine.inspectImage(base).id();
        } catch (EngineException absent) {
          id = "absent";
        }
        inputs.append(base).append('=').append(id).append('\n');
      }
      try (var files = Files.walk(contextDir)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          inputs.append(contextDir.relativize(file)).append(' ').append(Files.size(file));
          inputs.append(' ').append(Files.getLastModifiedTime(file).toMillis()).append('\n');
        }
      }
      return Optional.of(
          HexFormat.of().formatHex(digest.digest(inputs.toString().getBytes(UTF_8))));
    } catch (IOException | UncheckedIOException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }

  /** The images a Dockerfile names in FROM that are not its own stages (nor scratch). */
  private static List<String> externalBases(String dockerfileText) {
    List<String> bases = new ArrayList<>();
    List<String> stages = new ArrayList<>();
    Matcher from = FROM_LINE.matcher(dockerfileText);
    while (from.find()) {
      String image = from.group(1);
      if (!image.equalsIgnoreCase("scratch") && !stages.contains(image.toLowerCase(Locale.ROOT))) {
        bases.add(image);
      }
      if (from.group(2) != null) {
        stages.add(from.group(2).toLowerCase(Locale.ROOT));
      }
    }
    return bases;
  }
}
