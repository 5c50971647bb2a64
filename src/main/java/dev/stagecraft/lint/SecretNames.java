package dev.stagecraft.lint;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whether a variable name looks like it holds a secret: API_KEY, DB_PASSWORD, GITHUB_TOKEN. */
final class SecretNames {
  private static final Set<String> SECRET_WORDS =
      Set.of(
          "password",
          "passwd",
          "pass",
          "pwd",
          "secret",
          "token",
          "apikey",
          "credential",
          "credentials",
          "auth",
          "privatekey");

  /** Words that mean the variable names where a secret lives, not the secret itself. */
  private static final Set<String> POINTER_WORDS =
      Set.of(
          "file",
          "path",
          "dir",
          "url",
          "uri",
          "host",
          "port",
          "user",
          "username",
          "name",
          "public");

  private SecretNames() {}

  static boolean looksSecret(String name) {
    List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("[_\\-.]+"));
    if (words.isEmpty() || words.stream().anyMatch(POINTER_WORDS::contains)) {
      return false;
    }
    if (words.size() == 1 && words.get(0).equals("pwd")) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (SECRET_WORDS.contains(w)) {
        return true;
      }
      if (w.equals("key")
          && i > 0
          && Set.of("api", "access", "private", "secret", "signing", "encryption", "master")
              .contains(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Switches and counts ({@code AUTH_ENABLED=true}, {@code TOKEN_TTL=3600}) are not secrets. */
  static boolean couldBeSecretValue(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()
        || Set.of("true", "false", "yes", "no", "on", "off", "none", "null").contains(v)) {
      return false;
    }
    return !v.chars().allMatch(Character::isDigit);
  }
}
