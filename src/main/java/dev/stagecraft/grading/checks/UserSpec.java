package dev.stagecraft.grading.checks;

import java.util.Optional;

/**
 * The USER of an image config: "name", "uid", "name:group" or "uid:gid". Docker runs an empty user
 * as root, so "" counts as root here too.
 */
record UserSpec(String raw, String user, Optional<String> group) {

  static UserSpec parse(String raw) {
    String trimmed = raw.trim();
    int colon = trimmed.indexOf(':');
    if (colon < 0) {
      return new UserSpec(raw, trimmed, Optional.empty());
    }
    return new UserSpec(
        raw, trimmed.substring(0, colon), Optional.of(trimmed.substring(colon + 1)));
  }

  boolean isRoot() {
    return user.isEmpty() || user.equals("0") || user.equals("root");
  }

  boolean isNumeric() {
    return !user.isEmpty() && user.chars().allMatch(Character::isDigit);
  }
}
