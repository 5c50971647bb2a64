package dev.stagecraft.lint;

/** Matches one path part against a shell glob with {@code *}, {@code ?} and {@code [...]}. */
final class Glob {
  private Glob() {}

  static boolean matches(String glob, String name) {
    int g = 0;
    int n = 0;
    int starGlob = -1;
    int starName = 0;
    while (n < name.length()) {
      if (g < glob.length() && glob.charAt(g) == '*') {
        starGlob = g++;
        starName = n;
      } else if (g < glob.length() && matchesOne(glob, g, name.charAt(n))) {
        g = next(glob, g);
        n++;
      } else if (starGlob >= 0) {
        g = starGlob + 1;
        n = ++starName;
      } else {
        return false;
      }
    }
    while (g < glob.length() && glob.charAt(g) == '*') {
      g++;
    }
    return g == glob.length();
  }

  private static boolean matchesOne(String glob, int g, char c) {
    char p = glob.charAt(g);
    if (p == '?') {
      return true;
    }
    if (p == '\\' && g + 1 < glob.length()) {
      return glob.charAt(g + 1) == c;
    }
    if (p == '[') {
      int close = glob.indexOf(']', g + 1);
      if (close < 0) {
        return c == '[';
      }
      String set = glob.substring(g + 1, close);
      boolean negate = set.startsWith("^") || set.startsWith("!");
      if (negate) {
        set = set.substring(1);
      }
      boolean in = false;
      for (int i = 0; i < set.length(); i++) {
        if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
          in |= c >= set.charAt(i) && c <= set.charAt(i + 2);
          i += 2;
        } else {
          in |= set.charAt(i) == c;
        }
      }
      return in != negate;
    }
    return p == c;
  }

  private static int next(String glob, int g) {
    char p = glob.charAt(g);
    if (p == '\\' && g + 1 < glob.length()) {
      return g + 2;
    }
    if (p == '[') {
      int close = glob.indexOf(']', g + 1);
      return close < 0 ? g + 1 : close + 1;
    }
    return g + 1;
  }
}
