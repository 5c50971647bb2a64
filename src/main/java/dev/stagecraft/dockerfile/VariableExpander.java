package dev.stagecraft.dockerfile;

import java.util.Map;

/**
 * Expands {@code $NAME} and {@code ${NAME}} (with {@code :-}, {@code -}, {@code :+}, {@code +},
 * {@code :?}, {@code ?}, {@code #} and {@code %}) the way Docker expands FROM, COPY --from and
 * similar arguments. A variable without a value expands to nothing, as in Docker. Nesting deeper
 * than a few levels is kept literally, so hostile input cannot exhaust the stack.
 */
public final class VariableExpander {
  private static final int MAX_DEPTH = 8;

  /**
   * The result of an expansion.
   *
   * @param value the expanded text
   * @param missing the names referenced that had no value, in order of first use
   */
  public record Expansion(String value, java.util.Set<String> missing) {
    public Expansion {
      missing = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(missing));
    }

    /** True when every variable referenced had a value. */
    public boolean complete() {
      return missing.isEmpty();
    }
  }

  private final Map<String, String> variables;
  private final char escape;
  private final java.util.Set<String> missing = new java.util.LinkedHashSet<>();

  private VariableExpander(Map<String, String> variables, char escape) {
    this.variables = variables;
    this.escape = escape;
  }

  /** Expands {@code text} with backslash as the escape character. */
  public static Expansion expand(String text, Map<String, String> variables) {
    return expand(text, variables, '\\');
  }

  /** Expands {@code text}; {@code escape} before {@code $} keeps the dollar literal. */
  public static Expansion expand(String text, Map<String, String> variables, char escape) {
    VariableExpander expander = new VariableExpander(variables, escape);
    String value = expander.run(text, 0);
    return new Expansion(value, expander.missing);
  }

  private String run(String text, int depth) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int length = text.length();
    int[] closers = text.contains("${") ? closingBraces(text) : new int[0];
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c == escape && i + 1 < length && text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (c != '$' || i + 1 >= length) {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == '{') {
        int close = closers[i + 1];
        if (close < 0 || depth >= MAX_DEPTH) {
          out.append(c);
          i++;
        } else {
          out.append(braced(text.substring(i + 2, close), depth));
          i = close + 1;
        }
      } else if (isNameStart(text.charAt(i + 1))) {
        int end = i + 1;
        while (end < length && isNamePart(text.charAt(end))) {
          end++;
        }
        out.append(lookup(text.substring(i + 1, end)));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String braced(String inner, int depth) {
    int nameEnd = 0;
    while (nameEnd < inner.length() && isNamePart(inner.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = inner.substring(0, nameEnd);
    String rest = inner.substring(nameEnd);
    String value = variables.get(name);
    boolean set = value != null;
    boolean nonEmpty = set && !value.isEmpty();
    if (rest.isEmpty()) {
      return lookup(name);
    }
    if (rest.startsWith(":-")) {
      return nonEmpty ? value : run(rest.substring(2), depth + 1);
    }
    if (rest.startsWith("-")) {
      return set ? value : run(rest.substring(1), depth + 1);
    }
    if (rest.startsWith(":+")) {
      return nonEmpty ? run(rest.substring(2), depth + 1) : "";
    }
    if (rest.startsWith("+")) {
      return set ? run(rest.substring(1), depth + 1) : "";
    }
    if (rest.startsWith(":?") || rest.startsWith("?")) {
      return lookup(name);
    }
    String current = lookup(name);
    if (rest.startsWith("#")) {
      String prefix = run(rest.substring(rest.startsWith("##") ? 2 : 1), depth + 1);
      return current.startsWith(prefix) ? current.substring(prefix.length()) : current;
    }
    if (rest.startsWith("%")) {
      String suffix = run(rest.substring(rest.startsWith("%%") ? 2 : 1), depth + 1);
      return current.endsWith(suffix)
          ? current.substring(0, current.length() - suffix.length())
          : current;
    }
    return current;
  }

  private String lookup(String name) {
    String value = variables.get(name);
    if (value == null) {
      missing.add(name);
      return "";
    }
    return value;
  }

  /**
   * For each {@code {} the index of the {@code }} that closes it, or -1; one pass with a stack, so
   * a line of a million unclosed braces is still linear.
   */
  private static int[] closingBraces(String text) {
    int[] closers = new int[text.length()];
    int[] open = new int[text.length()];
    int top = 0;
    for (int i = 0; i < text.length(); i++) {
      closers[i] = -1;
      char c = text.charAt(i);
      if (c == '{') {
        open[top++] = i;
      } else if (c == '}' && top > 0) {
        closers[open[--top]] = i;
      }
    }
    return closers;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
