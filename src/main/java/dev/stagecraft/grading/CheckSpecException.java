package dev.stagecraft.grading;

/** An exercise.yaml check that cannot be used: the message names the file, line and key. */
public final class CheckSpecException extends Exception {
  private static final long serialVersionUID = 1L;

  public CheckSpecException(String message) {
    super(message);
  }
}
