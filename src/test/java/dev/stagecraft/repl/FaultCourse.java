package dev.stagecraft.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-exercise course whose Dockerfile builds on alpine:3.20 with a RUN step that sleeps: a
 * window of some seconds in which a test can break the engine mid-build. Each case writes its own
 * words into the RUN, so no case finds another's step in the build cache.
 */
final class FaultCourse {

  static final String EXERCISE = "01-faults";

  /** What the app prints; the runs check looks for it. */
  static final String OUTPUT = "built in a stage";

  private FaultCourse() {}

  static Path write(Path home, String caseName, int sleepSeconds) throws IOException {
    write(
        home.resolve("lessons/01-faults.md"),
        "---\nid: 01-faults\ntitle: Faults\nexercises: [01-faults]\n---\n# Faults\n\nText.\n");
    write(
        home.resolve("exercises/01-faults/exercise.yaml"),
        "title: Faults\nlesson: 01-faults\nchecks:\n"
            + "  - type: non-root-user\n"
            + "  - type: runs\n    exitCode: 0\n    output: \""
            + OUTPUT
            + "\"\n    timeoutSeconds: 20\n");
    String dockerfile =
        "FROM alpine:3.20 AS build\n"
            + "RUN sleep "
            + sleepSeconds
            + " && echo '"
            + OUTPUT
            + "' > /built.txt && echo "
            + caseName
            + " > /case.txt\n"
            + "FROM alpine:3.20\n"
            + "COPY --from=build /built.txt /built.txt\n"
            + "USER 1000\n"
            + "CMD [\"cat\", \"/built.txt\"]\n";
    write(home.resolve("exercises/01-faults/Dockerfile"), dockerfile);
    write(home.resolve("solutions/01-faults/Dockerfile"), dockerfile);
    return home;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
