package dev.stagecraft.engine;

/**
 * No Docker engine answers where the environment points. The message is one or two lines: what is
 * wrong and what to do about it.
 */
public final class EngineUnavailableException extends EngineException {

  public EngineUnavailableException(String message) {
    super(message);
  }

  public EngineUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
