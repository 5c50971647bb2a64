package dev.stagecraft.course;

import java.util.Optional;

/**
 * The files of a scaffolded exercise: a one-stage starter that prints a greeting as root, and a
 * two-stage solution that ships the script alone and runs as a numeric user. Small on purpose, so
 * `validate` proves it in seconds; the author replaces the app and the checks.
 */
final class ExerciseTemplates {

  private final String id;
  private final String name;
  private final String base;

  ExerciseTemplates(String id, String name, String base) {
    this.id = id;
    this.name = name;
    this.base = base;
  }

  private String greeting() {
    return "hello from " + name;
  }

  String exerciseYaml(Optional<String> lessonId) {
    return "# The schema of this file: docs/exercise-yaml.md. Replace the app and the checks.\n"
        + "title: \"New exercise: "
        + name
        + "\"\n"
        + lessonId.map(lesson -> "lesson: " + lesson + "\n").orElse("")
        + "summary: Ship the script alone in a second stage and run it as a non-root user.\n"
        + "hints:\n"
        + "  - Name the first stage (FROM "
        + base
        + " AS build) and start a second one with FROM "
        + base
        + ".\n"
        + "  - Copy only the script across with COPY --from=build, then add USER 65534.\n"
        + "checks:\n"
        + "  - type: stage-count\n"
        + "    min: 2\n"
        + "    hint: Build in one stage and run in another; each starts with its own FROM.\n"
        + "  - type: non-root-user\n"
        + "    hint: Add USER 65534 to the final stage.\n"
        + "  - type: runs\n"
        + "    exitCode: 0\n"
        + "    output: \""
        + greeting()
        + "\"\n"
        + "    timeoutSeconds: 20\n";
  }

  String starter() {
    return "# The starter of "
        + id
        + ": one stage that runs as root. The learner makes it two.\n"
        + "FROM "
        + base
        + "\n"
        + "WORKDIR /app\n"
        + "COPY hello.sh .\n"
        + "CMD [\"sh\", \"/app/hello.sh\"]\n";
  }

  String solution() {
    return "# The reference of "
        + id
        + ": it must pass every check of exercises/"
        + id
        + "/exercise.yaml.\n"
        + "FROM "
        + base
        + " AS build\n"
        + "WORKDIR /src\n"
        + "COPY hello.sh .\n"
        + "RUN chmod 0555 hello.sh\n"
        + "\n"
        + "FROM "
        + base
        + "\n"
        + "COPY --from=build /src/hello.sh /usr/local/bin/hello.sh\n"
        + "USER 65534\n"
        + "CMD [\"sh\", \"/usr/local/bin/hello.sh\"]\n";
  }

  String app() {
    return "#!/bin/sh\n# The app of "
        + id
        + ": replace it with your own.\necho \""
        + greeting()
        + "\"\n";
  }

  String task() {
    return "# New exercise: "
        + name
        + "\n\n"
        + "The `Dockerfile` in this folder prints `"
        + greeting()
        + "` from one stage, as root.\n\n"
        + "Your goal: keep the greeting, but\n\n"
        + "- build in one stage and run in a second one that holds only the script;\n"
        + "- run as a non-root user (`USER 65534`).\n\n"
        + "Edit `Dockerfile` in place. `check "
        + id
        + "` grades it; `hint "
        + id
        + "` reveals one hint at a time.\n";
  }

  String dockerignore() {
    return "# Only the app belongs in the build context.\nTASK.md\nexercise.yaml\n";
  }
}
