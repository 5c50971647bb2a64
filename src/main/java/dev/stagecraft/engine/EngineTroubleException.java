package dev.stagecraft.engine;

/** An engine call failed for a reason that is the engine's, not the learner's. */
public final class EngineTroubleException extends EngineException {

  private final transient EngineTrouble trouble;

  public EngineTroubleException(EngineTrouble trouble, Throwable cause) {
    super(trouble.summary(), cause);
    this.trouble = trouble;
  }

  public EngineTrouble trouble() {
    return trouble;
  }
}
