package dev.stagecraft.app;

import dev.stagecraft.engine.DockerEngine;

/** Whether a Docker engine is connected, and if not, what the learner should do. */
public sealed interface EngineStatus {

  record Connected(DockerEngine engine) implements EngineStatus {}

  /**
   * @param message one or two lines: what is wrong and what to do
   */
  record Unavailable(String message) implements EngineStatus {}
}
