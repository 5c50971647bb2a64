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

  /** Root by how it is written: empty, "root", or a number that is 0 ("0", "00", "+0"). */
  boolean isRoot() {
    return user.isEmpty() || user.equals("root") || (isNumeric() && isZero(user));
  }

  private static boolean isZero(String digits) {
    return digits.chars().allMatch(c -> c == '0');
  }

  /**
   * The uid a name stands for in {@code passwd} text (name:password:uid:...), if it is listed with
   * a number. A name other than root may still have uid 0.
   */
  Optional<Long> uidIn(String passwd) {
    for (String line : passwd.split("\n")) {
      String[] fields = line.split(":", -1);
      if (fields.length >= 3 && fields[0].equals(user)) {
        try {
          return Optional.of(Long.parseLong(fields[2].trim()));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  boolean isNumeric() {
    return !user.isEmpty() && user.chars().allMatch(Character::isDigit);
  }
}
