package dev.stagecraft.app;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineUnavailableException;

/** How the workbench reaches an engine; tests point it at a socket of their choosing. */
@FunctionalInterface
public interface EngineConnector {

  DockerEngine connect() throws EngineUnavailableException;

  /** Connects the way the docker CLI does, from this process's environment. */
  static EngineConnector fromEnvironment() {
    return DockerEngine::connect;
  }
}
