package dev.stagecraft.engine;

/** Something went wrong talking to the Docker engine; the message says what, for a person. */
public class EngineException extends Exception {

  public EngineException(String message) {
    super(message);
  }

  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
