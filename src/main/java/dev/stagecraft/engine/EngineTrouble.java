package dev.stagecraft.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one vocabulary for a Docker engine that gets in the way of a check: it could not be reached,
 * went away mid-answer, answered with an error of its own, stopped answering, or ran out of disk.
 * None of them is the learner's fault, and each says what to do. The technical detail (the chain of
 * exceptions) goes to a log file that the message names, never to the screen.
 *
 * @param type what happened
 * @param step where in the check it happened
 * @param engineWords what the engine itself said, or the low-level reason; may be empty. Foreign
 *     text
 * @param logFile the log file holding the detail, when one could be written
 */
public record EngineTrouble(
    EngineTrouble.Type type, EngineStep step, String engineWords, Optional<Path> logFile) {

  /** The kinds of trouble, each with its words and what to do about it. */
  public enum Type {
    /** No engine answers where the environment points (it stopped, or never ran). */
    UNREACHABLE(
        "unreachable",
        "the Docker engine could not be reached",
        "Start Docker (sudo systemctl start docker, or dockerd &) or set DOCKER_HOST,"
            + " then check again."),
    /** The connection broke mid-answer: reset, a malformed chunk, the stream ending early. */
    WENT_AWAY(
        "went-away",
        "the Docker engine went away",
        "Check that Docker is running (docker info), then check again."),
    /** The engine refused a request with its own message (not one about the Dockerfile). */
    ANSWERED_ERROR(
        "answered-error",
        "the Docker engine answered with an error",
        "Check again; if it happens again, docker info and the engine's own log may say why."),
    /** A call that should take a moment got no answer in time: the engine hangs or is frozen. */
    STOPPED_ANSWERING(
        "stopped-answering",
        "the Docker engine stopped answering",
        "Check that Docker responds (docker info); restart it if it hangs, then check again."),
    /** The engine's disk is full ("no space left on device"). */
    OUT_OF_SPACE(
        "out-of-space",
        "the Docker engine ran out of disk space",
        "Free space for Docker (docker system df shows what it holds; docker image prune"
            + " and stagecraft clean remove unused images), then check again.");

    private final String id;
    private final String what;
    private final String advice;

    Type(String id, String what, String advice) {
      this.id = id;
      this.what = what;
      this.advice = advice;
    }
  }

  /** A trouble of {@code type} at {@code step}, its detail not yet logged. */
  public static EngineTrouble of(Type type, EngineStep step, String engineWords) {
    return new EngineTrouble(type, step, engineWords, Optional.empty());
  }

  /** A stable id for scripts: "unreachable", "went-away", ... */
  public String kind() {
    return type.id;
  }

  /** "the Docker engine went away": what happened, without the step. */
  public String what() {
    return type.what;
  }

  /** What the learner can do about it. */
  public String advice() {
    return type.advice;
  }

  /** The same trouble, with the log file that holds its detail. */
  public EngineTrouble withLog(Path log) {
    return new EngineTrouble(type, step, engineWords, Optional.of(log));
  }

  /** "the Docker engine went away while reading the image". */
  public String summary() {
    return what() + " " + step.words();
  }
}
