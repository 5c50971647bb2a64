package dev.stagecraft.facts;

import java.util.Optional;

/**
 * A build other than the graded one that a check needs the outcome of: the same Dockerfile up to
 * another {@code --target}, or the exercise's starter or reference solution (to compare sizes).
 */
public record BuildSpec(Role role, Optional<String> target) {

  /** Which Dockerfile to build; the grader knows the paths. */
  public enum Role {
    /** The Dockerfile being graded. */
    GRADED,
    /** The exercise's starter, as it shipped. */
    STARTER,
    /** The exercise's reference solution. */
    REFERENCE
  }

  public static BuildSpec of(Role role) {
    return new BuildSpec(role, Optional.empty());
  }

  public static BuildSpec target(String stage) {
    return new BuildSpec(Role.GRADED, Optional.of(stage));
  }
}
