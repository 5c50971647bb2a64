package dev.stagecraft.facts;

import java.util.Optional;

/**
 * A build other than the graded one that a check needs the outcome of: the same Dockerfile up to
 * another {@code --target}, the same Dockerfile again after a change to a copy of its context, or
 * the exercise's starter or reference solution (to compare sizes).
 *
 * @param change when present, the Dockerfile is built once as it is (to fill the build cache) and
 *     then on a copy of the context with this change, whose outcome (and cache hits) is reported
 */
public record BuildSpec(Role role, Optional<String> target, Optional<ContextChange> change) {

  /** Which Dockerfile to build; the grader knows the paths. */
  public enum Role {
    /** The Dockerfile being graded. */
    GRADED,
    /** The exercise's starter, as it shipped. */
    STARTER,
    /** The exercise's reference solution. */
    REFERENCE
  }

  public BuildSpec(Role role, Optional<String> target) {
    this(role, target, Optional.empty());
  }

  public static BuildSpec of(Role role) {
    return new BuildSpec(role, Optional.empty());
  }

  public static BuildSpec target(String stage) {
    return new BuildSpec(Role.GRADED, Optional.of(stage));
  }

  /** The graded Dockerfile (up to {@code target}, if given) after {@code change}. */
  public static BuildSpec afterChange(Optional<String> target, ContextChange change) {
    return new BuildSpec(Role.GRADED, target, Optional.of(change));
  }
}
