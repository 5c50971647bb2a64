package dev.stagecraft.facts;

import dev.stagecraft.engine.EngineTrouble;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The engine stopped a check part way (it went away, stopped answering, answered an error of its
 * own or ran out of disk): the Dockerfile was not graded, and none of it is the learner's fault.
 *
 * @param kind a stable id for scripts: unreachable, went-away, answered-error, stopped-answering,
 *     out-of-space
 * @param step where the check was, as a phrase: "while reading the image"
 * @param what what happened: "the Docker engine went away"
 * @param advice what to do about it
 * @param engineWords what the engine or the connection said (foreign text)
 * @param logFile where the detail was written, when it could be
 */
public record EngineInterruption(
    String kind,
    String step,
    String what,
    String advice,
    String engineWords,
    Optional<Path> logFile) {

  /** The same trouble in the terms grading and reports use. */
  public static EngineInterruption of(EngineTrouble trouble) {
    return new EngineInterruption(
        trouble.kind(),
        trouble.step().words(),
        trouble.what(),
        trouble.advice(),
        trouble.engineWords(),
        trouble.logFile());
  }

  /** "the Docker engine went away while reading the image". */
  public String summary() {
    return what + " " + step;
  }
}
