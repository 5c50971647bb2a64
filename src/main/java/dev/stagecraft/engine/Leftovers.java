package dev.stagecraft.engine;

import java.util.List;

/**
 * What a clean-up of ended sessions did: how many containers and images went, and those that would
 * not go, each with the engine's reason.
 */
public record Leftovers(int removed, List<Stuck> stuck) {

  public Leftovers {
    stuck = List.copyOf(stuck);
  }

  /**
   * A container or image that stays.
   *
   * @param kind "container" or "image"
   * @param id its short id
   * @param state the container's state ("removing", "dead", ...) or "" for an image
   * @param reason the engine's words (foreign text)
   */
  public record Stuck(String kind, String id, String state, String reason) {}
}
