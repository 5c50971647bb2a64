package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Heredoc;
import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.ShellWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shell script a RUN executes, cut into simple commands ({@code apt-get update}, {@code rm -rf
 * x}) at unquoted {@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &}, parentheses and
 * newlines.
 */
final class RunScript {
  private static final Set<String> WRAPPERS =
      Set.of("sudo", "env", "exec", "time", "nohup", "command");

  private final String text;
  private final List<List<String>> commands;

  private RunScript(String text) {
    this.text = text;
    this.commands = split(text);
  }

  /** The script of a RUN: the shell form, the heredoc bodies, or the exec form's words. */
  static RunScript of(Instruction run) {
    StringBuilder script = new StringBuilder();
    if (run.execForm().isPresent()) {
      List<String> words = run.execForm().get();
      boolean shellC =
          words.size() >= 3 && words.get(0).endsWith("sh") && words.get(1).equals("-c");
      script.append(shellC ? words.get(2) : String.join(" ", words));
    } else {
      script.append(run.arguments());
    }
    for (Heredoc heredoc : run.heredocs()) {
      script.append('\n').append(heredoc.body());
    }
    return new RunScript(script.toString());
  }

  /** The whole script as one string. */
  String text() {
    return text;
  }

  /** Every simple command as its words, quotes removed. */
  List<List<String>> commands() {
    return commands;
  }

  /**
   * The simple commands whose program is {@code program} (after {@code sudo}, {@code env} and
   * variable assignments), each as its words from the program on.
   */
  List<List<String>> invocations(String program) {
    List<List<String>> found = new ArrayList<>();
    for (List<String> words : commands) {
      List<String> stripped = withoutWrappers(words);
      if (!stripped.isEmpty() && programName(stripped.get(0)).equals(program)) {
        found.add(stripped);
      }
    }
    return found;
  }

  /** True when some simple command runs {@code program} with {@code subcommand} as a word. */
  boolean runs(String program, String subcommand) {
    for (List<String> words : invocations(program)) {
      if (words.contains(subcommand)) {
        return true;
      }
    }
    return false;
  }

  static List<String> withoutWrappers(List<String> words) {
    int i = 0;
    while (i < words.size()) {
      String w = words.get(i);
      if (WRAPPERS.contains(w)) {
        i++;
        while (i < words.size() && words.get(i).startsWith("-")) {
          i++;
        }
      } else if (isAssignment(w)) {
        i++;
      } else {
        break;
      }
    }
    return words.subList(i, words.size());
  }

  /** {@code /usr/bin/pip3} becomes {@code pip3}. */
  static String programName(String word) {
    int slash = word.lastIndexOf('/');
    return (slash < 0 ? word : word.substring(slash + 1)).toLowerCase(Locale.ROOT);
  }

  private static boolean isAssignment(String word) {
    int equals = word.indexOf('=');
    if (equals <= 0) {
      return false;
    }
    for (int i = 0; i < equals; i++) {
      char c = word.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static List<List<String>> split(String text) {
    List<List<String>> commands = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        current.append(c);
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < length) {
          current.append(text.charAt(++i));
        }
        continue;
      }
      if (c == '\\' && i + 1 < length) {
        char next = text.charAt(i + 1);
        if (next != '\n') {
          current.append(c).append(next);
        }
        i++;
      } else if (c == '\'' || c == '"') {
        quote = c;
        current.append(c);
      } else if (c == '#'
          && (current.length() == 0
              || Character.isWhitespace(current.charAt(current.length() - 1)))) {
        while (i + 1 < length && text.charAt(i + 1) != '\n') {
          i++;
        }
      } else if (c == '&' && isRedirection(text, i)) {
        current.append(c);
      } else if (c == '&' || c == '|' || c == ';' || c == '\n' || c == '(' || c == ')'
          || c == '`') {
        flush(current, commands);
      } else {
        current.append(c);
      }
    }
    flush(current, commands);
    return commands;
  }

  /** {@code 2>&1} and {@code &>file} are redirections, not command separators. */
  private static boolean isRedirection(String text, int i) {
    boolean afterArrow = i > 0 && (text.charAt(i - 1) == '>' || text.charAt(i - 1) == '<');
    boolean beforeArrow = i + 1 < text.length() && text.charAt(i + 1) == '>';
    return afterArrow || beforeArrow;
  }

  private static void flush(StringBuilder current, List<List<String>> commands) {
    if (current.length() == 0) {
      return;
    }
    List<String> words = ShellWords.split(current.toString());
    if (!words.isEmpty()) {
      commands.add(words);
    }
    current.setLength(0);
  }
}
