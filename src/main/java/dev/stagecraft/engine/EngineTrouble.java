package dev.stagecraft.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one vocabulary for a Docker engine that gets in the way of a check: it could not be reached,
 * went away mid-answer, answered with an error of its own, stopped answering, or ran out of disk.
 * None of them is the learner's fault, and each says what to do. The technical detail (the chain of
 * exceptions) goes to a log file that the message names, never to the screen.
 */
public sealed interface EngineTrouble {

  /** Where in the check it happened. */
  EngineStep step();

  /** What the engine itself said, or the low-level reason; may be empty. Foreign text. */
  String engineWords();

  /** The log file holding the detail, when one could be written. */
  Optional<Path> logFile();

  /** A stable id for scripts: "unreachable", "went-away", ... */
  String kind();

  /** "the Docker engine went away": what happened, without the step. */
  String what();

  /** What the learner can do about it. */
  String advice();

  /** The same trouble, with the log file that holds its detail. */
  EngineTrouble withLog(Path log);

  /** "the Docker engine went away while reading the image". */
  default String summary() {
    return what() + " " + step().words();
  }

  /** No engine answers where the environment points (it stopped, or never ran). */
  record Unreachable(EngineStep step, String engineWords, Optional<Path> logFile)
      implements EngineTrouble {
    public String kind() {
      return "unreachable";
    }

    public String what() {
      return "the Docker engine could not be reached";
    }

    public String advice() {
      return "Start Docker (sudo systemctl start docker, or dockerd &) or set DOCKER_HOST,"
          + " then check again.";
    }

    public EngineTrouble withLog(Path log) {
      return new Unreachable(step, engineWords, Optional.of(log));
    }
  }

  /** The connection broke mid-answer: reset, a malformed chunk, the stream ending early. */
  record WentAway(EngineStep step, String engineWords, Optional<Path> logFile)
      implements EngineTrouble {
    public String kind() {
      return "went-away";
    }

    public String what() {
      return "the Docker engine went away";
    }

    public String advice() {
      return "Check that Docker is running (docker info), then check again.";
    }

    public EngineTrouble withLog(Path log) {
      return new WentAway(step, engineWords, Optional.of(log));
    }
  }

  /** The engine refused a request with its own message (not one about the Dockerfile). */
  record AnsweredError(EngineStep step, String engineWords, Optional<Path> logFile)
      implements EngineTrouble {
    public String kind() {
      return "answered-error";
    }

    public String what() {
      return "the Docker engine answered with an error";
    }

    public String advice() {
      return "Check again; if it happens again, docker info and the engine's own log may say"
          + " why.";
    }

    public EngineTrouble withLog(Path log) {
      return new AnsweredError(step, engineWords, Optional.of(log));
    }
  }

  /** A call that should take a moment got no answer in time: the engine hangs or is frozen. */
  record StoppedAnswering(EngineStep step, String engineWords, Optional<Path> logFile)
      implements EngineTrouble {
    public String kind() {
      return "stopped-answering";
    }

    public String what() {
      return "the Docker engine stopped answering";
    }

    public String advice() {
      return "Check that Docker responds (docker info); restart it if it hangs, then check"
          + " again.";
    }

    public EngineTrouble withLog(Path log) {
      return new StoppedAnswering(step, engineWords, Optional.of(log));
    }
  }

  /** The engine's disk is full ("no space left on device"). */
  record OutOfSpace(EngineStep step, String engineWords, Optional<Path> logFile)
      implements EngineTrouble {
    public String kind() {
      return "out-of-space";
    }

    public String what() {
      return "the Docker engine ran out of disk space";
    }

    public String advice() {
      return "Free space for Docker (docker system df shows what it holds; docker image prune"
          + " and stagecraft clean remove unused images), then check again.";
    }

    public EngineTrouble withLog(Path log) {
      return new OutOfSpace(step, engineWords, Optional.of(log));
    }
  }
}
