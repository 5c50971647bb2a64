package dev.stagecraft.cli;

/** The exit codes of the command line contract (see README): scripts and CI rely on them. */
public final class ExitCode {
  /** Success: a clean lint, a passing check, a healthy engine. */
  public static final int OK = 0;

  /** The work ran and found a failure: lint errors, a failing check, an invalid course. */
  public static final int FAILED = 1;

  /** The input could not be used: unknown id, unreadable file, bad exercise.yaml. */
  public static final int BAD_INPUT = 2;

  /** No Docker engine could be reached; static results were still reported. */
  public static final int NO_ENGINE = 3;

  /** Ctrl-C stopped the command before it ended (128 + SIGINT, as shells report it). */
  public static final int STOPPED = 130;

  private ExitCode() {}
}
