package dev.stagecraft.dockerfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Dockerfiles the way Docker reads them. It never throws for any text: whatever Docker would
 * reject is collected in {@link Dockerfile#problems()} with its line.
 */
public final class DockerfileParser {
  private DockerfileParser() {}

  /** True for an instruction name Docker knows, in upper case ("RUN", "COPY", ...). */
  public static boolean isInstruction(String upperCaseName) {
    return Keywords.ALL.contains(upperCaseName);
  }

  /** Parses {@code text}; {@code sourceName} labels the result in messages. Never throws. */
  public static Dockerfile parse(String text, String sourceName) {
    List<ParseProblem> problems = new ArrayList<>();
    SourceLines lines = SourceLines.of(text);
    DirectiveReader.Result directives = DirectiveReader.read(lines, problems);
    InstructionReader.Result read =
        InstructionReader.read(lines, directives.firstLineAfter(), directives.escape(), problems);
    List<Stage> stages =
        StageAssembler.assemble(read.instructions(), directives.escape(), problems);
    List<ParseProblem> sorted = new ArrayList<>(problems);
    sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new Dockerfile(
        sourceName, directives.directives(), read.instructions(), stages, sorted, read.comments());
  }

  /**
   * Reads and parses a file as UTF-8; malformed bytes become replacement characters. Throws only
   * when the file cannot be read.
   */
  public static Dockerfile parse(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return parse(decode(bytes), file.toString());
  }

  static String decode(byte[] bytes) {
    // Malformed UTF-8 becomes U+FFFD, so the parser can still point at the bad line.
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
